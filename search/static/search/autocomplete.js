/*
 * Search-as-you-type for the site search (progressive enhancement).
 *
 * Every <form data-search-autocomplete="URL"> keeps working as a plain GET form. With JavaScript,
 * its search field becomes an ARIA 1.2 combobox: page titles from URL?q=... appear in a listbox;
 * arrow keys move through them, Enter opens the chosen page, Escape closes the list. A polite
 * live region says how many suggestions there are. Text is inserted with textContent only.
 */
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY_MS = 200;
  var counter = 0;

  function enhance(form) {
    var input = form.querySelector('input[name="q"]');
    var endpoint = form.getAttribute("data-search-autocomplete");
    if (!input || !endpoint || input.getAttribute("role") === "combobox") {
      return;
    }
    counter += 1;
    var listId = "search-suggestions-" + counter;

    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-label-suggestions") || "");
    list.hidden = true;

    var status = document.createElement("div");
    status.className = "sr-only";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    form.classList.add("search-form--enhanced");
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var results = [];
    var active = -1;
    var timer = null;
    var controller = null;

    function announce(count) {
      var text;
      if (count === 0) {
        text = form.getAttribute("data-label-none") || "";
      } else if (count === 1) {
        text = form.getAttribute("data-label-count-one") || "";
      } else {
        text = (form.getAttribute("data-label-count-many") || "").replace("%(count)s", String(count));
      }
      status.textContent = text;
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      var options = list.querySelectorAll('[role="option"]');
      if (!options.length) {
        return;
      }
      active = (index + options.length) % options.length;
      for (var i = 0; i < options.length; i += 1) {
        options[i].setAttribute("aria-selected", i === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }

    function open(url) {
      window.location.assign(url);
    }

    function render(items) {
      results = items;
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      items.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.className = "search-suggestions__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var title = document.createElement("span");
        title.className = "search-suggestions__title";
        title.textContent = item.title;
        option.appendChild(title);
        if (item.kind) {
          option.appendChild(document.createTextNode(" ")); // read as two words, not one
          var kind = document.createElement("span");
          kind.className = "search-suggestions__kind";
          kind.textContent = item.kind;
          option.appendChild(kind);
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the field
        });
        option.addEventListener("click", function () {
          open(item.url);
        });
        list.appendChild(option);
      });
      var hasItems = items.length > 0;
      list.hidden = !hasItems;
      input.setAttribute("aria-expanded", hasItems ? "true" : "false");
      announce(items.length);
    }

    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < MIN_LENGTH) {
        render([]);
        status.textContent = "";
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = typeof AbortController === "function" ? new AbortController() : null;
      var url = endpoint + "?q=" + encodeURIComponent(value);
      fetch(url, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (input.value.trim() === value) {
            render(Array.isArray(data.results) ? data.results : []);
          }
        })
        .catch(function () {
          /* Aborted or offline: the plain form still works. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = !list.hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (expanded) {
          setActive(active + 1);
        } else if (results.length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
          setActive(0);
        }
      } else if (event.key === "ArrowUp") {
        if (expanded) {
          event.preventDefault();
          setActive(active - 1);
        }
      } else if (event.key === "Enter") {
        if (expanded && active >= 0 && results[active]) {
          event.preventDefault();
          open(results[active].url);
        }
      } else if (event.key === "Escape") {
        if (expanded) {
          event.preventDefault();
          close();
        }
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 150);
    });
  }

  function init() {
    var forms = document.querySelectorAll("form[data-search-autocomplete]");
    for (var i = 0; i < forms.length; i += 1) {
      enhance(forms[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
