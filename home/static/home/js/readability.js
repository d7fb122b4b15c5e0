// LIX in the page editor's Checks panel (home/readability.py explains the measure).
// Wagtail computes LIX from the preview and shows only "Good/Fair/Complex"; this shows the
// number, the Danish band and advice, in the editor's language, from the same figure. Languages
// LIX does not suit (Finnish) show that no measure is given. The texts come from the server
// (json_script "readability-config"), translated like the rest of the admin.
(() => {
  const configElement = document.getElementById("readability-config");
  if (!configElement) return;
  const config = JSON.parse(configElement.textContent);

  const bandFor = (score) => config.bands.find((band) => band.upper === null || score < band.upper);

  const render = ({ content, metrics }) => {
    const scoreElement = document.querySelector("[data-content-readability-score]");
    if (!scoreElement) return;
    const language = (content.lang || config.defaultLanguage).split("-")[0];
    let advice = document.querySelector("[data-readability-advice]");
    if (!advice) {
      advice = document.createElement("p");
      advice.dataset.readabilityAdvice = "";
      advice.className = "w-mt-0 w-mb-4 w-text-14";
      advice.setAttribute("aria-live", "polite");
      scoreElement.closest(".w-flex").insertAdjacentElement("afterend", advice);
    }
    if (!config.languages.includes(language)) {
      scoreElement.textContent = config.notMeasured;
      advice.textContent = config.notMeasuredHelp;
      return;
    }
    const score = metrics.lixScore;
    if (!score) {
      scoreElement.textContent = config.tooShort;
      advice.textContent = config.tooShortHelp;
      return;
    }
    const band = bandFor(score);
    scoreElement.textContent = `LIX ${Math.round(score)} · ${band.label}`;
    advice.textContent = band.advice;
  };

  // Wagtail's preview controller dispatches w-preview:content with the content and metrics, then
  // writes its own label: render after it.
  document.addEventListener("w-preview:content", (event) => {
    window.setTimeout(() => render(event.detail), 0);
  });
})();
