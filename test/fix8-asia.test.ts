// Issue 10, a short fix round on East Asian news (visits on the way, troops by trade, trade blacklists, posts of
// "its"): classes found by a probe; every sentence is written for this file, with other actors and regions than the probe's.
import { hasFacts, lacksFacts } from "./helpers/extract";

describe("fix round 8: East Asian news", () => {
  describe("'visited X on her way to Y and met Z': the adjunct may hold a possessive pronoun; the visitor meets Z", () => {
    it("a leader in Europe", () =>
      hasFacts("Yoon Suk Yeol visited Hungary on his way to Vienna and met Viktor Orban in Budapest.", "Yoon Suk Yeol -MET_WITH-> Viktor Orban"));
    it("an envoy in the Middle East, with an adverb before the second verb", () =>
      hasFacts("Rubio visited Qatar on his way to Israel and then met Netanyahu.", "Rubio -VISITED-> Qatar", "Rubio -MET_WITH-> Netanyahu"));
    it("negative: the country visited meets no one", () =>
      lacksFacts("Yoon Suk Yeol visited Hungary on his way to Vienna and met Viktor Orban in Budapest.", "Yoon Suk Yeol -MET_WITH-> Viktor Orban",
        "Hungary -MET_WITH-> Viktor Orban"));
  });

  describe("military personnel by trade: 'military specialists/technicians/experts' and deminers are troops sent", () => {
    it("engineers and sappers, in East Asia", () =>
      hasFacts("North Korea sent an additional 2,000 military engineers and sappers to Russia this year.", "North Korea -SENT_TROOPS_TO-> Russia"));
    it("specialists qualified as military, in Latin America", () =>
      hasFacts("Iran sent hundreds of military specialists to Venezuela.", "Iran -SENT_TROOPS_TO-> Venezuela"));
    it("technicians and deminers, in the Middle East", () =>
      hasFacts("Belarus dispatched 500 military technicians and deminers to Syria.", "Belarus -SENT_TROOPS_TO-> Syria"));
    it("negative: civilian experts and specialists are no troops", () => {
      lacksFacts("Japan sent nuclear experts to Ukraine, and Tokyo praised Kyiv.", "Japan -PRAISED-> Ukraine", "Japan -SENT_TROOPS_TO-> Ukraine");
      lacksFacts("Russia sent specialists to Iran to build the reactor, and Moscow praised Tehran.", "Russia -PRAISED-> Iran", "Russia -SENT_TROOPS_TO-> Iran");
    });
  });

  describe("a sanction on firms named only by their demonym sanctions their country", () => {
    it("added to an entity list, in a reported clause", () =>
      hasFacts("Japan's Trade Ministry said on Friday that Washington had added Japanese firms to its entity list, which it called unfair.",
        "United States -SANCTIONED-> Japan"));
    it("added to a blacklist, in the Middle East", () =>
      hasFacts("Iran protested after the United States added Iranian banks to its blacklist.", "United States -SANCTIONED-> Iran"));
    it("sanctions imposed on them, in Europe", () =>
      hasFacts("Japan protested after the EU imposed sanctions on Japanese firms.", "European Union -SANCTIONED-> Japan"));
    it("negative: firms added to an agenda, or not added, are not sanctioned", () => {
      lacksFacts("China protested after Washington added Chinese firms to the agenda, and Beijing criticised Washington.",
        "China -CRITICIZED-> United States", "United States -SANCTIONED-> China");
      lacksFacts("The US did not add Chinese firms to its entity list, but it criticised Beijing.", "United States -CRITICIZED-> China", "United States -SANCTIONED-> China");
    });
  });

  describe("'its ambassador in Tokyo, X': a post owned by 'its', then the name in apposition, is a post of the owner", () => {
    it("a consul general with the city of the post, in East Asia", () =>
      hasFacts("Beijing praised its consul general in Osaka, Xue Jian.", "Xue Jian -MEMBER_OF-> China"));
    it("an ambassador to a capital, the sentence going on past the name", () =>
      hasFacts("Seoul recalled its ambassador to Moscow, Lee Do-hoon, on Friday.", "Lee Do-hoon -MEMBER_OF-> South Korea"));
    it("a body's spokesman, in the Middle East", () =>
      hasFacts("Hamas said its spokesman, Hazem Qassem, would speak.", "Hazem Qassem -MEMBER_OF-> Hamas"));
    it("an envoy to a body, in Europe", () =>
      hasFacts("Britain welcomed the report by its ambassador to the UN, Barbara Woodward.", "Barbara Woodward -MEMBER_OF-> United Kingdom"));
    it("a leading post leads the state, with no comma before the name, in Central Asia", () =>
      hasFacts("Since 1990, Uzbekistan has been ruled by its president Islam Karimov.", "Islam Karimov -LEADER_OF-> Uzbekistan"));
    it("negative: 'its' stands for the nearest name, here a firm, not a state named earlier", () =>
      lacksFacts("Moscow criticised Kyiv, while the Russian government's pursuit of Lukoil answered the ambitions of its former chief executive, Vagit Alekperov.",
        "Russia -CRITICIZED-> Ukraine", "Vagit Alekperov -MEMBER_OF-> Russia"));
    it("negative: 'its' after a person owns no post of a state, and an ally is no post", () => {
      lacksFacts("Kim met Putin, and its leader, Xi Jinping, left.", "Kim -MET_WITH-> Putin", "Xi Jinping -MEMBER_OF-> Putin");
      lacksFacts("Japan praised Australia and said its ally, Donald Trump, would visit.", "Japan -PRAISED-> Australia", "Donald Trump -MEMBER_OF-> Japan",
        "Donald Trump -MEMBER_OF-> Australia");
    });
  });
});
