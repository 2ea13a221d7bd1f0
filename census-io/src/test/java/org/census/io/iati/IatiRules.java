package org.census.io.iati;

import static org.census.io.iati.IatiXml.activities;
import static org.census.io.iati.IatiXml.child;
import static org.census.io.iati.IatiXml.children;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The rules of the IATI Standard ruleset (standard.json, version 2.03) that census's output can break, checked over
 * a written file; each violation is named by its rule id. The schema checks the structure; these check the values.
 */
final class IatiRules {

    private IatiRules() {
    }

    static List<String> violations(Document doc) {
        List<String> found = new ArrayList<>();
        Set<String> identifiers = new HashSet<>();
        for (Element a : activities(doc)) {
            String id = child(a, "iati-identifier").getTextContent();
            String ref = child(a, "reporting-org").getAttribute("ref");
            // 1.1.21: the identifier begins with the reporting organisation's identifier and a hyphen.
            if (!id.startsWith(ref + "-") || id.length() == ref.length() + 1) {
                found.add("1.1.21 " + id);
            }
            // 1.1.3: different from the organisation's; 1.3.13 and 1.14.13: no / & | ?; 1.3.1: no edge spaces.
            if (id.equals(ref) || !id.matches("[^/&|?]+") || !ref.matches("[^/&|?]+") || !id.strip().equals(id)) {
                found.add("1.3.13 " + id);
            }
            // Unique identifiers in the file (the Standard: an activity is reported once).
            if (!identifiers.add(id)) {
                found.add("unique " + id);
            }
            // 4.1.1: a default language, or one on every narrative.
            if (a.getAttributeNS(XMLConstants.XML_NS_URI, "lang").isEmpty()) {
                found.add("4.1.1 " + id);
            }
            // 7.8.1: a default currency.
            if (a.getAttribute("default-currency").isEmpty()) {
                found.add("7.8.1 " + id);
            }
            // 6.11.1: a planned or actual start date.
            if (children(a, "activity-date").stream()
                    .noneMatch(d -> Set.of("1", "2").contains(d.getAttribute("type")))) {
                found.add("6.11.1 " + id);
            }
            // 11.1.2 and 11.1.3: start before end (planned 1 before 3, actual 2 before 4).
            dateOrder(a, "1", "3", id, found);
            dateOrder(a, "2", "4", id, found);
            sectors(a, id, found);
            // 3.1.4: one recipient country, at 100 % or none stated.
            List<Element> countries = children(a, "recipient-country");
            if (countries.size() == 1 && !countries.get(0).getAttribute("percentage").matches("|100(\\.0+)?")) {
                found.add("3.1.4 " + id);
            }
            for (Element b : children(a, "budget")) {
                LocalDate start = LocalDate.parse(child(b, "period-start").getAttribute("iso-date"));
                LocalDate end = LocalDate.parse(child(b, "period-end").getAttribute("iso-date"));
                // 8.6.3: the period starts before it ends; 7.5.3: no longer than a year (365 days apart at most).
                if (!start.isBefore(end)) {
                    found.add("8.6.3 " + id);
                }
                if (ChronoUnit.DAYS.between(start, end) > 365) {
                    found.add("7.5.3 " + id);
                }
            }
            // //title and //description (4.3.1, 4.4.1): narrative content.
            for (Element t : elements(a, "title", "description")) {
                if (children(t, "narrative").stream().allMatch(n -> n.getTextContent().isBlank())) {
                    found.add("4.3.1 " + id);
                }
            }
            // 6.10.1: a participating organisation has an identifier or a narrative.
            for (Element p : children(a, "participating-org")) {
                if (p.getAttribute("ref").isEmpty() && children(p, "narrative").isEmpty()) {
                    found.add("6.10.1 " + id);
                }
            }
        }
        return found;
    }

    /**
     * 2.1.1, 2.1.2, 2.1.4, 12.3.1: within a vocabulary, several sectors each have a percentage and they sum to 100
     * exactly; one sector has 100 or none; each is within 0 to 100. census writes one decimal at most.
     */
    private static void sectors(Element a, String id, List<String> found) {
        List<Element> sectors = children(a, "sector");
        if (sectors.isEmpty()) {
            found.add("6.2.2 " + id);
        }
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Element s : sectors) {
            String percentage = s.getAttribute("percentage");
            if (!percentage.matches("\\d{1,3}(\\.\\d)?")) {
                found.add("2.1.1 " + id + " " + percentage);
                continue;
            }
            BigDecimal p = new BigDecimal(percentage);
            if (p.compareTo(BigDecimal.valueOf(100)) > 0) {
                found.add("12.3.1 " + id);
            }
            sums.merge(s.getAttribute("vocabulary"), p, BigDecimal::add);
        }
        sums.forEach((vocabulary, sum) -> {
            if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                found.add("2.1.2 " + id + " vocabulary " + vocabulary + " sums to " + sum);
            }
        });
    }

    private static void dateOrder(Element a, String startType, String endType, String id, List<String> found) {
        for (Element s : children(a, "activity-date")) {
            for (Element e : children(a, "activity-date")) {
                if (s.getAttribute("type").equals(startType) && e.getAttribute("type").equals(endType)
                        && !LocalDate.parse(s.getAttribute("iso-date"))
                        .isBefore(LocalDate.parse(e.getAttribute("iso-date")))) {
                    found.add("11.1." + (startType.equals("1") ? "2 " : "3 ") + id);
                }
            }
        }
    }

    private static List<Element> elements(Element a, String... names) {
        List<Element> all = new ArrayList<>();
        for (String name : names) {
            all.addAll(children(a, name));
        }
        return all;
    }
}
