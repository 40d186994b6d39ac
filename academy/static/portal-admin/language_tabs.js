// One language at a time in the admin's forms: the tab bar (rendered by the
// server, hidden until this runs) shows the fieldsets of the pressed language
// and says, as the editor types, whether each language is complete, partly
// written or missing. A text is wanted in every language once one has it.
"use strict";

(function () {
  const bar = document.querySelector(".language-tabs");
  if (!bar) {
    return;
  }
  const tabs = Array.from(bar.querySelectorAll(".language-tab"));
  const fieldsetsOf = (code) => document.querySelectorAll(`fieldset.language-${code}`);
  const suffixOf = (code) => `_${code.replace(/-/g, "_")}`;

  // The texts written in `code`, by field name without the language suffix.
  function written(code) {
    const suffix = suffixOf(code);
    const names = new Set();
    const all = new Set();
    for (const fieldset of fieldsetsOf(code)) {
      for (const input of fieldset.querySelectorAll("input[name], textarea[name]")) {
        if (!input.name.endsWith(suffix) || input.type === "hidden") {
          continue;
        }
        const field = input.name.slice(0, -suffix.length);
        all.add(field);
        if (input.value.trim() !== "") {
          names.add(field);
        }
      }
    }
    return { names, all };
  }

  function refreshStates() {
    const texts = new Map(tabs.map((tab) => [tab, written(tab.dataset.language)]));
    const wanted = new Set();
    for (const { names } of texts.values()) {
      names.forEach((name) => wanted.add(name));
    }
    for (const [tab, { names }] of texts) {
      let state = "complete";
      if (names.size === 0) {
        state = "missing";
      } else if (Array.from(wanted).some((name) => !names.has(name))) {
        state = "partly";
      }
      tab.dataset.state = state;
      tab.querySelector(".language-state").textContent = bar.dataset[`label${state[0].toUpperCase()}${state.slice(1)}`];
    }
  }

  function open(chosen) {
    for (const tab of tabs) {
      const shown = tab === chosen;
      tab.setAttribute("aria-pressed", String(shown));
      for (const fieldset of fieldsetsOf(tab.dataset.language)) {
        fieldset.hidden = !shown;
      }
    }
  }

  for (const tab of tabs) {
    tab.addEventListener("click", () => open(tab));
  }
  document.addEventListener("input", (event) => {
    if (event.target.closest("fieldset.language")) {
      refreshStates();
    }
  });
  bar.hidden = false;
  document.body.classList.add("language-tabs-on");
  open(tabs.find((tab) => tab.getAttribute("aria-pressed") === "true") || tabs[0]);
})();
