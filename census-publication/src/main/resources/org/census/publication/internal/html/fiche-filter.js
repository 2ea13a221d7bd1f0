(function () {
  "use strict";
  // Without this script the form stays hidden and every fiche is shown.
  var form = document.getElementById("fiche-filter");
  if (!form || !document.querySelectorAll || !Array.prototype.forEach) {
    return;
  }
  var region = document.getElementById("fiche-filter-region");
  var domain = document.getElementById("fiche-filter-domain");
  var words = document.getElementById("fiche-filter-text");
  var status = document.getElementById("fiche-filter-status");
  var lang = document.documentElement.lang || "fr";
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;

  function fold(text) {
    var s = String(text);
    if (s.normalize) {
      s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }
    return s.toLowerCase();
  }
  function list(element, name) {
    try {
      var value = JSON.parse(element.getAttribute(name) || "[]");
      return Array.isArray(value) ? value : [];
    } catch (e) {
      return [];
    }
  }

  var fiches = [];
  document.querySelectorAll("article.fiche").forEach(function (element) {
    fiches.push({ element: element, regions: list(element, "data-regions"), domains: list(element, "data-domains"),
      group: element.getAttribute("data-group"), text: null });
  });
  var groups = document.querySelectorAll("[data-fiche-group]");

  function apply() {
    var wantedRegion = region.value;
    var wantedDomain = domain.value;
    var wanted = fold(words.value).split(/\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    var visibleGroups = {};
    fiches.forEach(function (fiche) {
      var keep = (!wantedRegion || fiche.regions.indexOf(wantedRegion) >= 0)
        && (!wantedDomain || fiche.domains.indexOf(wantedDomain) >= 0);
      if (keep && wanted.length > 0) {
        if (fiche.text === null) {
          fiche.text = fold(fiche.element.textContent);
        }
        keep = wanted.every(function (w) { return fiche.text.indexOf(w) >= 0; });
      }
      fiche.element.hidden = !keep;
      if (keep) {
        shown++;
        visibleGroups[fiche.group] = true;
      }
    });
    groups.forEach(function (heading) {
      heading.hidden = !visibleGroups[heading.id];
    });
    var rule = plural ? plural.select(shown) : (shown === 1 ? "one" : "other");
    var template = form.getAttribute(rule === "one" ? "data-status-one" : "data-status-other") || "";
    status.textContent = template.replace("{shown}", shown).replace("{total}", fiches.length);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
