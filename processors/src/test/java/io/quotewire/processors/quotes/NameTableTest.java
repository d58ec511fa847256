package io.quotewire.processors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fullest name an article gives for each mention: on names and sentences written for these tests. */
class NameTableTest {
    private static NameTable table(String... names) {
        NameTable t = new NameTable();
        for (String n : names) {
            t.add(n);
        }
        return t;
    }

    @Test
    void aSurnameTakesTheFullestNameThatHoldsIt() {
        NameTable t = table("Miriam Okonkwo-Hale", "Miriam T. Okonkwo-Hale", "Miriam Okonkwo-Hale");
        assertThat(t.fullest("Okonkwo-Hale", null)).isEqualTo("Miriam T. Okonkwo-Hale");
        assertThat(t.fullest("Miriam Okonkwo-Hale", null)).isEqualTo("Miriam T. Okonkwo-Hale");
    }

    @Test
    void aTwoWordSurnameIsNotMistakenForAFirstName() {
        NameTable t = table("Rosa Delgado Vance", "Delgado Vance", "Delgado Vance");
        assertThat(t.fullest("Delgado Vance", null)).isEqualTo("Rosa Delgado Vance");
    }

    @Test
    void aLoneFirstNameResolvesWhenNoSurnameFits() {
        assertThat(table("Osric Penhallow").fullest("Osric", null)).isEqualTo("Osric Penhallow");
    }

    @Test
    void twoPeopleOfOneSurnameStayApart() {
        NameTable t = table("Gerald Thorne", "Maria Thorne", "Gerald Thorne");
        assertThat(t.fullest("Thorne", null)).isEqualTo("Gerald Thorne"); // the one named most
        assertThat(t.fullest("Thorne", Boolean.TRUE)).isEqualTo("Maria Thorne"); // Ms. Thorne
        assertThat(t.fullest("Maria Thorne", null)).isEqualTo("Maria Thorne");
        assertThat(t.fullest("Gerald Thorne", Boolean.TRUE)).isEqualTo("Gerald Thorne"); // the first name decides
    }

    @Test
    void aSuffixTellsFatherAndSonApart() {
        NameTable t = table("Warren Blythe", "Warren Blythe Jr.", "Warren Blythe Jr.");
        assertThat(t.fullest("Blythe", null)).isEqualTo("Warren Blythe");
        assertThat(t.fullest("Blythe Jr.", null)).isEqualTo("Warren Blythe Jr.");
    }

    @Test
    void phrasesJoinedByOfAreNoFullNames() {
        NameTable t = table("Friends of Castellano", "Ines Castellano");
        assertThat(t.fullest("Castellano", null)).isEqualTo("Ines Castellano");
    }

    @Test
    void whitespaceInsideANameIsOneSpace() {
        assertThat(table("Tobias\u00a0Wren").fullest("Wren", null)).isEqualTo("Tobias Wren");
        assertThat(NameTable.spaced(" Ada\n Quill ")).isEqualTo("Ada Quill");
    }

    @Test
    void theArticleCanonicalisesEveryMention() {
        String body = "Lakeside Mayor Henrietta Q. Marlowe opened the session.\n\n"
                + "“We start today,” Marlowe said.\n\n"
                + "Her deputy, Abel Reed, agreed. “The plan is ready,” Reed said.";
        List<io.quotewire.core.Quote> q = new QuoteExtractor().extract("a1", body, LocalDate.of(2021, 5, 4));
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Henrietta Q. Marlowe", "Abel Reed");
    }

    @Test
    void aHeadlineInTitleCaseAddsNoFullName() {
        String body = "Crowds Cheer, Thank Harlan Quist.\n\n"
                + "Senator Oona Quist spoke on Monday. “The count is final,” Quist said, and the crowds began to "
                + "cheer and thank her.";
        List<io.quotewire.core.Quote> q = new QuoteExtractor().extract("a1", body, LocalDate.of(2021, 5, 4));
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Oona Quist"));
    }

    @Test
    void aCommonWordHeadingTheSentenceIsNoFirstName() {
        String body = "The benefactor spoke first.\n\nBenefactor Lionel Crabbe paid for the hall. “It is a gift,” "
                + "Crabbe said.";
        List<io.quotewire.core.Quote> q = new QuoteExtractor().extract("a1", body, LocalDate.of(2021, 5, 4));
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Lionel Crabbe"));
    }

    private static List<String> names(String body) {
        return new QuoteExtractor().extract("a1", body, LocalDate.of(2021, 5, 4)).stream()
                .map(x -> x.speaker().name()).toList();
    }

    @Test
    void aPlaceOrEmployerAfterOfIsNoPartOfTheName() {
        assertThat(names("“The levee holds,” said Sen. Harriet M. Okafor of Nebraska.\n\n"
                + "“We checked twice,” Okafor said.")).containsExactly("Harriet M. Okafor", "Harriet M. Okafor");
        assertThat(names("“It is late,” said Dmitri Vasko of the Harbor Institute."))
                .containsExactly("Dmitri Vasko");
    }

    @Test
    void anEmployerOrPlaceBeforeAPossessiveIsNoPartOfTheName() {
        assertThat(names("“Nobody saw it coming,” the Ledger’s Priya Anand wrote.")).containsExactly("Priya Anand");
    }

    @Test
    void aContractionOpeningTheSentenceIsNoPartOfTheName() {
        assertThat(names("He’s Gideon Marsh, and he is running. “I will win,” Marsh said."))
                .containsExactly("Gideon Marsh");
    }

    @Test
    void rolesNewspapersSetBeforeANameAreDropped() {
        assertThat(names("“The ward is angry,” said Riverton Alderman Celia R. Voss.")).containsExactly("Celia R. Voss");
        assertThat(names("Journalist Tomas Ekberg disagreed. “The data are wrong,” Ekberg said."))
                .containsExactly("Tomas Ekberg");
    }

    @Test
    void aDefiniteDescriptionTakesThePersonGivenThatRole() {
        assertThat(names("“Rents will rise,” wrote columnist Rhea Tamsin.\n\n"
                + "“Nobody listens,” the columnist added.")).containsExactly("Rhea Tamsin", "Rhea Tamsin");
        assertThat(names("“We found no link,” the agency’s director, Oskar Lindqvist, said on Monday."))
                .containsExactly("Oskar Lindqvist");
    }

    @Test
    void aDescriptionsModifiersChooseAmongPeopleOfOneRole() {
        assertThat(names("Ohio Sen. Amos Brennan met Sen. Beatriz Solano on Monday.\n\n"
                + "“We agree on little,” the Ohio senator said.")).containsExactly("Amos Brennan");
        assertThat(names("Former President Lyle Dorsey spoke after President Hana Quill.\n\n"
                + "“It was a long day,” the former president said.")).containsExactly("Lyle Dorsey");
    }

    @Test
    void aBareDescriptionPassesOverARoleQualifiedByAnOrganisation() {
        assertThat(names("President Lyle Dorsey met Harbor Bank President Ines Vale on Monday.\n\n"
                + "“We signed it,” the president said.")).containsExactly("Lyle Dorsey");
    }

    @Test
    void theOwnerOfWordsSpeaksAndAnOwnerIsNamedInFull() {
        assertThat(names("Columnist Rhea Tamsin spoke.\n\nThe columnist’s answer was that “rents will rise.”"))
                .containsExactly("Rhea Tamsin");
        assertThat(names("Senator Amos Brennan stayed home.\n\n“He is resting,” Brennan’s office said."))
                .containsExactly("Amos Brennan’s office");
    }
}
