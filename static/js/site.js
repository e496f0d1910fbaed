// ACOPAGRO – progressive enhancement only: every control works without this file.
(function () {
    "use strict";
    var menu = document.querySelector("[data-menu]");
    if (!menu) {
        return;
    }
    var wide = window.matchMedia("(min-width: 64rem)");
    function sync() {
        // On wide screens the menu is always shown; on phones it starts closed.
        if (wide.matches) {
            menu.setAttribute("open", "");
        } else {
            menu.removeAttribute("open");
        }
    }
    sync();
    wide.addEventListener("change", sync);
    document.addEventListener("click", function (event) {
        // On phones the open menu is a panel over the page: a click elsewhere closes it.
        if (!wide.matches && menu.hasAttribute("open") && !menu.contains(event.target)) {
            menu.removeAttribute("open");
        }
    });
    menu.addEventListener("focusout", function (event) {
        // On phones the open menu covers the page: close it when the focus leaves it, so
        // that it never hides the element that has the focus.
        if (!wide.matches && menu.hasAttribute("open") && !menu.contains(event.relatedTarget)) {
            menu.removeAttribute("open");
        }
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.hasAttribute("open") && !wide.matches) {
            menu.removeAttribute("open");
            menu.querySelector("summary").focus();
        }
    });
})();
