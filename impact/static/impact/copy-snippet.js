// Impact figures: a "Copy the code" button beside each embed snippet (progressive: without
// this file the code stays selectable in its read-only text area).
(function () {
    "use strict";
    document.querySelectorAll("[data-copy-snippet]").forEach(function (snippet) {
        var code = snippet.querySelector("textarea");
        var button = snippet.querySelector("[data-copy-button]");
        var status = snippet.querySelector("[data-copy-status]");
        if (!code || !button) {
            return;
        }
        code.addEventListener("focus", function () {
            code.select();
        });
        if (!navigator.clipboard || !window.isSecureContext) {
            return; // the clipboard needs HTTPS (or localhost): copying stays by hand
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(code.value).then(function () {
                if (status) {
                    status.textContent = button.getAttribute("data-copied-label");
                }
            });
        });
    });
})();
