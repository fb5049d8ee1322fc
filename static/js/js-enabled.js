// Runs first thing in <body>, before the page is drawn: tells GOV.UK Frontend's styles that
// JavaScript runs, and whether its components are supported, so they draw without a flash.
// A file rather than inline, so that the Content-Security-Policy can refuse all inline script.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
