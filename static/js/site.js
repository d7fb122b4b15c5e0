/*
 * Medborgerskab Haderslev: starts Det Fælles Designsystem's components (static/dist/js/dkfds.min.js,
 * built from the dkfds npm package by `make assets`) and adds the site's small enhancements.
 * Loaded with `defer` from templates/base.html: there is no inline script anywhere, so a strict
 * Content-Security-Policy (script-src 'self') can be set.
 */
(function () {
  "use strict";

  // The header search is added by the search app (block header_tools). DKFDS lays out the menu
  // bar around a search field, and leaves room for it when folding menu items into "Mere",
  // only if the bar has the class "contains-search"; set it when a search field is there.
  document.querySelectorAll(".header .navigation-menu").forEach(function (menu) {
    if (menu.querySelector(".search")) {
      menu.classList.add("contains-search");
    }
  });

  // Accordions are open in the markup so that their content is readable without JavaScript
  // (home/components/accordion.html); with JavaScript they start folded.
  document.querySelectorAll(".accordion[data-starts-closed] > li > * > .accordion-button").forEach(
    function (button) {
      var panel = document.getElementById(button.getAttribute("aria-controls"));
      button.setAttribute("aria-expanded", "false");
      if (panel) {
        panel.setAttribute("aria-hidden", "true");
      }
    }
  );

  // "Åbn alle" works only with JavaScript: shown here.
  document.querySelectorAll(".accordion-bulk-button[hidden]").forEach(function (button) {
    button.hidden = false;
  });

  // DKFDS: mobile menu (drawer with focus trap), the main menu's "more" dropdown, overflow
  // menus (the language switcher), accordions, alerts and the form error summary.
  if (window.DKFDS && typeof window.DKFDS.init === "function") {
    window.DKFDS.init();
  }

  // "Udskriv siden" (print) buttons are shown only when the browser can print from a script.
  if (typeof window.print === "function") {
    document.querySelectorAll("[data-print-page]").forEach(function (button) {
      var wrapper = button.closest("[hidden]");
      if (wrapper) {
        wrapper.hidden = false;
      }
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }
})();
