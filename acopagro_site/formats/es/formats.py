# Spanish as the cooperative writes it: "más de 2.000 familias" (Django's Spanish default
# groups thousands with a no-break space).
THOUSAND_SEPARATOR = "."
