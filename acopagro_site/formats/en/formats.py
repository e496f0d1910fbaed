# "June 30, 2025" rather than Django's AP-style "June 30, 2025" / "Jan. 5, 2025".
DATE_FORMAT = "F j, Y"
