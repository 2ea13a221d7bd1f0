package org.census.publication.internal.edition;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.census.model.EditionTexts;
import org.census.model.EditionTexts.AnnouncedPartnership;
import org.census.model.EditionTexts.TextBlock;
import org.census.model.Partnership;

/**
 * The edition's texts as they may be published without personal data: no credits, and each personal part withheld
 * where it occurs whole, as {@link Partnership#withoutContacts()} withholds a form's ("[personne]").
 */
final class PublishedTexts {
    private PublishedTexts() {
    }

    static EditionTexts withoutPersonalData(EditionTexts texts) {
        if (texts.credits().isEmpty() && texts.personalParts().isEmpty()) {
            return texts;
        }
        // Longest first, so that a full name is withheld whole where its surname is also a part.
        List<Pattern> parts = texts.personalParts().stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])"))
                .toList();
        return new EditionTexts(blocks(texts.titlePage(), parts), blocks(texts.foreword(), parts),
                blocks(texts.overview(), parts), blocks(texts.notaBene(), parts),
                texts.announced().stream().map(a -> new AnnouncedPartnership(a.region(), withheld(a.text(), parts),
                        a.after())).toList(), List.of(), List.of());
    }

    private static List<TextBlock> blocks(List<TextBlock> blocks, List<Pattern> parts) {
        return blocks.stream().map(b -> new TextBlock(b.kind(), withheld(b.text(), parts))).toList();
    }

    private static String withheld(String text, List<Pattern> parts) {
        String out = text;
        for (Pattern part : parts) {
            out = part.matcher(out).replaceAll(Matcher.quoteReplacement(Partnership.PERSON_WITHHELD));
        }
        return out;
    }
}
