import { initAll } from "/static/build/govuk-frontend.min.js";

initAll();

// A form shown for preview only (an editor previewing an assessment) is never sent.
for (const form of document.querySelectorAll("form[data-app-preview]")) {
  form.addEventListener("submit", (event) => event.preventDefault());
}
