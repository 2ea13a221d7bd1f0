package org.census.model;

import org.census.CensusLimits;
import org.census.internal.Messages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The edition's own texts, verbatim, for regenerating the published document: what surrounds the forms. Every list
 * may be empty (a census without a publication of its own has {@link #NONE}).
 *
 * @param titlePage     the title page's lines after the title and subtitle, in order ("Annexe à l'ouvrage ...",
 *                      "Version au 8 novembre 2013")
 * @param foreword      the foreword ("Avant-propos")
 * @param overview      the narrative of the overview ("Aperçu général"), before the figures computed from the forms
 * @param notaBene      the notes on the list of forms ("Les intitulés des collectivités correspondent ...")
 * @param announced     partnerships the summary announces without a form yet ("Bordeaux / Bamako (à venir)")
 * @param credits       who made the edition and whom to contact: personal data, left out with the contacts
 * @param personalParts personal data inside the texts (a name in the foreword, the names in the credits): each part
 *                      as it occurs, one line, found whole; replaced with {@link Partnership#PERSON_WITHHELD} when
 *                      the contacts are left out, like {@link Partnership#personalParts()}
 */
public record EditionTexts(List<TextBlock> titlePage, List<TextBlock> foreword, List<TextBlock> overview,
                           List<TextBlock> notaBene, List<AnnouncedPartnership> announced, List<TextBlock> credits,
                           List<String> personalParts) {
    /** No texts: a census published without an edition of its own. */
    public static final EditionTexts NONE = new EditionTexts(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public EditionTexts {
        titlePage = CensusLimits.requireCount(titlePage, CensusLimits.MAX_LIST_LENGTH, "titlePage");
        foreword = CensusLimits.requireCount(foreword, CensusLimits.MAX_LIST_LENGTH, "foreword");
        overview = CensusLimits.requireCount(overview, CensusLimits.MAX_LIST_LENGTH, "overview");
        notaBene = CensusLimits.requireCount(notaBene, CensusLimits.MAX_LIST_LENGTH, "notaBene");
        announced = CensusLimits.requireCount(announced, CensusLimits.MAX_LIST_LENGTH, "announced");
        credits = CensusLimits.requireCount(credits, CensusLimits.MAX_LIST_LENGTH, "credits");
        personalParts = CensusLimits.requireList(personalParts, "personalParts");
        RecordSize size = new RecordSize();
        Stream.of(titlePage, foreword, overview, notaBene, credits).flatMap(List::stream)
                .forEach(b -> size.add(b.kind().name()).add(b.text()));
        announced.forEach(a -> size.add(a.region()).add(a.text()).add(a.after().orElse("")));
        size.addAll(personalParts).require("edition texts");
        if (!personalParts.isEmpty()) {
            PersonalTexts.check(personalParts, Stream.concat(blocks(titlePage, foreword, overview, notaBene, credits),
                    announced.stream().map(AnnouncedPartnership::text)).toList(), "edition");
        }
    }

    @SafeVarargs
    private static Stream<String> blocks(List<TextBlock>... lists) {
        return Stream.of(lists).flatMap(List::stream).map(TextBlock::text);
    }

    /** True when the census carries no edition texts. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * The texts without personal data, as they may be published: no credits, and each personal part replaced with
     * {@link Partnership#PERSON_WITHHELD} wherever it occurs whole (in the title page, foreword, overview, nota bene
     * and announced partnerships), as {@link Partnership#withoutContacts()} does in a form's texts.
     */
    public EditionTexts withoutContacts() {
        if (personalParts.isEmpty() && credits.isEmpty()) {
            return this;
        }
        PersonalTexts parts = PersonalTexts.of(personalParts);
        return new EditionTexts(withheld(titlePage, parts), withheld(foreword, parts), withheld(overview, parts),
                withheld(notaBene, parts), announced.stream().map(a -> new AnnouncedPartnership(a.region(),
                parts.withheld(a.text()), a.after())).toList(), List.of(), List.of());
    }

    private static List<TextBlock> withheld(List<TextBlock> blocks, PersonalTexts parts) {
        return blocks.stream().map(b -> new TextBlock(b.kind(), parts.withheld(b.text()))).toList();
    }

    /**
     * One block of an edition text, verbatim. Within {@code text}, {@code **...**} marks the source's bold and a line
     * break is kept as {@code \n}; nothing else is markup.
     *
     * @param kind what the block is
     * @param text its text
     */
    public record TextBlock(Kind kind, String text) {
        public TextBlock {
            Objects.requireNonNull(kind, "kind");
            CensusLimits.requireText(Objects.requireNonNull(text, "text"), "text");
        }

        /** What a block of text is in the document. */
        public enum Kind {
            /** A heading inside the text ("1. Le contexte"). */
            HEADING,
            /** A paragraph. */
            PARAGRAPH,
            /** An item of a bulleted list; consecutive items make one list. */
            ITEM,
            /** A footnote, its mark ("¹") at its start and where the text refers to it. */
            FOOTNOTE
        }
    }

    /**
     * A partnership the summary announces without a form yet.
     *
     * @param region the region heading it is listed under, as in {@link CensusEdition#regions()}
     * @param text   the line as the summary prints it ("Bordeaux/ Bamako (à venir)")
     * @param after  the id of the form it follows in the summary, or empty when it comes first in its region
     */
    public record AnnouncedPartnership(String region, String text, Optional<String> after) {
        public AnnouncedPartnership {
            CensusLimits.requireText(Objects.requireNonNull(region, "region"), "region");
            CensusLimits.requireText(Objects.requireNonNull(text, "text"), "text");
            Objects.requireNonNull(after, "after").ifPresent(a -> {
                CensusLimits.requireText(a, "after");
                if (a.isBlank() || !a.equals(a.strip())) {
                    throw new IllegalArgumentException("after: \"" + Messages.cut(a, 41) + "\" is no form's id; "
                            + "give the id of the form it follows, or none when it comes first in its region");
                }
            });
        }
    }
}
