// Tests for Rules/Kinds/TextEvidenceRule: enough sentences that show
// something (full), some of it (partial) or none (missing), per document or
// per section, with exclude, trigger, count, share, min-full-per,
// min-full-per-need, evidence elsewhere (also-in) and aspects (min-aspects);
// a sound unit is recorded as an observation.
#include "KindTestSupport.h"

using namespace ibic;
using namespace ibic::test;

namespace {

/// A raw finding or observation with its resolved position.
struct Judged {
  bool Observation = false, Partial = false;
  unsigned Line = 0, Column = 0;
  std::string Text, Message;
  const void *Unit = nullptr;
};

std::vector<Judged> judge(const RuleUnderTest &R, const Case &C) {
  std::vector<Judged> Out;
  for (const Hit &H : check(R, C))
    Out.push_back({H.Observation, H.Partial, H.Line, H.Column, H.Text, H.Message, H.Unit});
  return Out;
}

std::vector<Judged> judgeText(const RuleUnderTest &R, llvm::StringRef Body,
                              llvm::StringRef Type = "Utredning") {
  return judge(R, readCase("u.txt", textDocument(Type, Body)));
}

/// The own-view rule in small: a person speaking is evidence, a relative
/// speaking is not, "enligt dottern" is partial. \p Extra is more
/// parameters, \p Scope replaces the scope.
std::string ownView(llvm::StringRef Extra = "",
                    llvm::StringRef Scope = "{document-types: [utredning], "
                                            "section: {kind: enskildes-uppfattning}, "
                                            "fallback: document}",
                    llvm::StringRef Full = "['{person} ~ {tal}']") {
  return "scope: " + Scope.str() + "\n"
         "parameters:\n"
         "  words:\n"
         "    person: [hon, han, den enskilde]\n"
         "    tal: [berätt*, säger, vill inte]\n"
         "    andra: [dottern, sonen]\n"
         "  full: " + Full.str() + "\n"
         "  exclude: ['{andra} ~ {tal}']\n"
         "  partial: ['enligt {andra}']\n"
         "  partial-message: delvis\n" +
         Extra.str();
}

} // namespace

TEST_CASE("text-evidence: full evidence is an observation, not a finding",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence", ownView(), "saknas");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Den enskildes uppfattning\n"
                                          "Hon berättar att hon vill bo kvar.\n"));
  std::vector<Judged> J = judge(R, C);
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  CHECK_FALSE(J[0].Partial);
  CHECK(J[0].Unit == &C.Documents[0]);
}

TEST_CASE("text-evidence: partial and missing findings",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence", ownView(), "saknas");
  // Only a partial pattern: partial, with the partial message, shown on the
  // heading of the one section read.
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hemliv\nDisk.\n\n"
                                          "Den enskildes uppfattning\n"   // line 7
                                          "Enligt dottern klarar hon sig inte.\n"));
  std::vector<Judged> J = judge(R, C);
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  CHECK(J[0].Partial);
  CHECK(J[0].Message == "delvis");
  CHECK(J[0].Line == 7);
  CHECK(J[0].Column == 1);
  CHECK(J[0].Text == "Den enskildes uppfattning");
  CHECK(J[0].Unit == &C.Documents[0]);
  // Nothing at all: missing, with the rule's message.
  J = judgeText(R, "Den enskildes uppfattning\nBehov av hjälp med dusch.\n");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  CHECK_FALSE(J[0].Partial);
  CHECK(J[0].Message == "saknas");
  CHECK(J[0].Line == 4);
}

TEST_CASE("text-evidence: some full evidence but too little is partial",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence", ownView("  min-full: 2\n"), "saknas");
  std::vector<Judged> J = judgeText(R, "Den enskildes uppfattning\n"
                                        "Hon berättar om morgonen. Inget mer.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
  CHECK(J[0].Message == "delvis");
  J = judgeText(R, "Den enskildes uppfattning\n"
                    "Hon berättar om morgonen. Hon säger att kvällen är svår.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
}

TEST_CASE("text-evidence: an excluded sentence is no evidence",
          "[rules][text-evidence]") {
  const char *Body = "Den enskildes uppfattning\n"
                     "Sonen säger att hon berättar om smärta.\n";
  auto R = goodRule("text-evidence", ownView(), "saknas");
  std::vector<Judged> J = judgeText(R, Body);
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  CHECK_FALSE(J[0].Partial);
  // Without exclude the same sentence is full evidence.
  auto All = goodRule("text-evidence",
                      "scope: {document-types: [utredning]}\n"
                      "parameters:\n"
                      "  words: {person: [hon], tal: [berätt*]}\n"
                      "  full: ['{person} ~ {tal}']\n",
                      "saknas");
  J = judgeText(All, Body);
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  // Exclude is per sentence: another sentence still counts.
  J = judgeText(R, "Den enskildes uppfattning\n"
                    "Sonen säger att hon är trött. Hon berättar att hon vill vila.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
}

TEST_CASE("text-evidence: stems, multiword entries and the ~ gap",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence", ownView(), "saknas");
  auto Observed = [&](const char *Sentence) {
    std::vector<Judged> J =
        judgeText(R, std::string("Den enskildes uppfattning\n") + Sentence + "\n");
    REQUIRE(J.size() == 1);
    return J[0].Observation;
  };
  CHECK(Observed("Den enskilde berättade i går."));
  CHECK(Observed("HAN har i dag berättat mer."));
  CHECK(Observed("Hon vill inte flytta."));
  CHECK_FALSE(Observed("Hon har i dag också berättat."));
  CHECK_FALSE(Observed("Hon vill flytta."));
  // A sentence break ends the gap.
  CHECK_FALSE(Observed("Det gäller hon.\nBerättelsen är lång."));
}

TEST_CASE("text-evidence: word lists stop at Swedish letters",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence",
                    "parameters: {words: {ord: [ott, ven]}, full: ['{ord}']}", "saknas");
  std::vector<Judged> J = judgeText(R, "Hemliv\nDottern kommer även i dag.\n");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  J = judgeText(R, "Hemliv\nEtt ott, sedan ven.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
}

TEST_CASE("text-evidence: @namn is a word that starts with a capital",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence",
                    ownView("", "{document-types: [utredning]}", "['@namn {tal}']"), "saknas");
  std::vector<Judged> J =
      judgeText(R, "Den enskildes uppfattning\nÅsa berättar om natten.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  J = judgeText(R, "Den enskildes uppfattning\nåsa berättar om natten.\n");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
}

TEST_CASE("text-evidence: count: patterns needs min-full different patterns",
          "[rules][text-evidence]") {
  auto Rule = [](llvm::StringRef Count) {
    return "scope: {document-types: [journalanteckning]}\n"
           "parameters: {full: [eftersom, ringde], min-full: 2, count: " +
           Count.str() + "}";
  };
  auto R = goodRule("text-evidence", Rule("patterns"), "saknas");
  auto Note = [](const char *Text) {
    return readCase("j.txt", std::string("Ärende: 2025-9900\nDokument: Journal\n\n"
                                         "2025-01-10 08:00 Personlig vård (usk)\n") +
                                 Text + "\n");
  };
  // The same pattern in two sentences is one pattern.
  Case C = Note("Duschen uteblev eftersom hon var trött. Eftersom det var sent.");
  std::vector<Judged> J = judge(R, C);
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
  CHECK(J[0].Line == 4);
  CHECK(J[0].Column == 1);
  CHECK(J[0].Text == "2025-01-10 08:00 Personlig vård (usk)");
  CHECK(J[0].Unit == &C.Documents[0]);
  J = judge(R, Note("Duschen uteblev eftersom hon var trött. Personalen ringde dottern."));
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  // Both patterns in one sentence count twice.
  J = judge(R, Note("Eftersom hon var trött ringde personalen dottern."));
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  // count: sentences counts sentences instead: two with the same pattern.
  auto Sentences = goodRule("text-evidence", Rule("sentences"), "saknas");
  J = judge(Sentences, Note("Duschen uteblev eftersom hon var trött. Eftersom det var sent."));
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  J = judge(Sentences, Note("Eftersom hon var trött ringde personalen dottern."));
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
}

TEST_CASE("text-evidence: share counts sentences, not headings",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence", ownView("  share: 0.5\n"), "saknas");
  // One of two sentences; the heading would make it one of three.
  std::vector<Judged> J = judgeText(R, "Den enskildes uppfattning\n"
                                        "Hon berättar om dagen. Behöver hjälp.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  J = judgeText(R, "Den enskildes uppfattning\n"
                    "Hon berättar om dagen. Behöver hjälp. Har hund.\n");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  CHECK(J[0].Partial);
  // An empty section has no share at all.
  J = judgeText(R, "Den enskildes uppfattning\n\nHemliv\nDisk.\n");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  CHECK_FALSE(J[0].Partial);
}

TEST_CASE("text-evidence: a heading is no evidence sentence",
          "[rules][text-evidence]") {
  auto Rule = [](llvm::StringRef Count) {
    return "scope: {document-types: [genomforandeplan]}\n"
           "parameters: {full: [kroppsfunktioner], count: " + Count.str() + "}";
  };
  auto R = goodRule("text-evidence", Rule("sentences"), "saknas");
  std::vector<Judged> J =
      judgeText(R, "Kroppsfunktioner\nHar ont i knät.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  // Counting patterns, the heading shows the pattern.
  auto Patterns = goodRule("text-evidence", Rule("patterns"), "saknas");
  J = judgeText(Patterns, "Kroppsfunktioner\nHar ont i knät.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
}

TEST_CASE("text-evidence: a unit without a trigger is not judged",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence",
                    "scope: {document-types: [journalanteckning]}\n"
                    "parameters: {trigger: [uteblev], full: [eftersom]}",
                    "saknas");
  Case C = readCase("j.txt", "Ärende: 2025-9900\nDokument: Journal\n\n"
                             "2025-01-10 08:00 Personlig vård (usk)\n"  // 4
                             "Elsa duschade.\n"
                             "2025-01-10 12:00 Hemliv (usk)\n"          // 6
                             "Promenaden uteblev.\n"
                             "2025-01-10 18:00 Hemliv (usk)\n"          // 8
                             "Promenaden uteblev eftersom det regnade.\n");
  std::vector<Judged> J = judge(R, C);
  // The first note is neither a finding nor an observation.
  REQUIRE(J.size() == 2);
  CHECK_FALSE(J[0].Observation);
  CHECK(J[0].Line == 6);
  CHECK(J[0].Unit == &C.Documents[1]);
  CHECK(J[1].Observation);
  CHECK(J[1].Unit == &C.Documents[2]);
}

TEST_CASE("text-evidence: unit: section judges each matching section",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence",
                    "scope: {document-types: [utredning], section: {kind: livsomrade}, "
                    "unit: section}\n"
                    "parameters: {full: ['klarar själv']}",
                    "saknas i {section}");
  Case C = readCase("u.txt", textDocument("Utredning",
                                          "Hemliv\nHon klarar själv disken.\n\n"
                                          "Personlig vård\nBehöver hjälp.\n\n"  // 7
                                          "Bedömning\nHon klarar själv allt.\n"));
  std::vector<Judged> J = judge(R, C);
  REQUIRE(J.size() == 2);
  CHECK(J[0].Observation);
  CHECK(J[0].Unit == &C.Documents[0].Sections[0]);
  CHECK_FALSE(J[1].Observation);
  CHECK(J[1].Line == 7);
  CHECK(J[1].Column == 1);
  CHECK(J[1].Text == "Personlig vård");
  CHECK(J[1].Unit == &C.Documents[0].Sections[1]);
  // The message names the section, as rules/README.md promises for {section}.
  CHECK(J[1].Message == "saknas i Personlig vård");
  // unit: section needs a section selector.
  CHECK(rejects("text-evidence",
                "scope: {document-types: [utredning], unit: section}\n"
                "parameters: {full: ['klarar själv']}",
                "scope.section"));
}

TEST_CASE("text-evidence: fallback reads the document or reports it",
          "[rules][text-evidence]") {
  const char *Body = "Hemliv\nHon berättar att hon vill laga mat.\n";
  // fallback: document: no such section, so the whole document is read.
  auto Document = goodRule("text-evidence", ownView(), "saknas");
  Case C = readCase("u.txt", textDocument("Utredning", Body));
  std::vector<Judged> J = judge(Document, C);
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  CHECK(J[0].Unit == &C.Documents[0]);
  // none: the missing section is missing evidence, shown at the document
  // type in the header.
  auto None = goodRule("text-evidence",
                       ownView("", "{document-types: [utredning], "
                                   "section: {kind: enskildes-uppfattning}}"),
                       "saknas");
  J = judge(None, C);
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  CHECK_FALSE(J[0].Partial);
  CHECK(J[0].Line == 2);
  CHECK(J[0].Column == 11);
  CHECK(J[0].Text == "Utredning");
  // With the section there, fallback does not matter and only it is read.
  J = judgeText(None, std::string(Body) + "\nDen enskildes uppfattning\nBehov.\n");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  CHECK(J[0].Line == 7);
  CHECK(rejects("text-evidence",
                ownView("", "{section: {kind: enskildes-uppfattning}, fallback: ibland}"),
                "document eller none"));
  // Fallback only means something for a document read by its sections.
  CHECK(rejects("text-evidence", ownView("", "{fallback: none}"), "fallback"));
}

TEST_CASE("text-evidence: several matching sections are read together",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence",
                    "scope: {document-types: [utredning], section: {kind: livsomrade}}\n"
                    "parameters: {full: ['klarar själv'], min-full: 2}",
                    "saknas");
  std::vector<Judged> J = judgeText(R, "Hemliv\nHon klarar själv disken.\n\n"
                                        "Personlig vård\nHon klarar själv att tvätta sig.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  // Too little: shown at the document, not at one of the sections.
  J = judgeText(R, "Hemliv\nHon klarar själv disken.\n\nPersonlig vård\nHjälp.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
  CHECK(J[0].Line == 2);
  CHECK(J[0].Text == "Utredning");
}

TEST_CASE("text-evidence: min-full-per asks for evidence per part",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence",
                    "scope: {document-types: [genomforandeplan]}\n"
                    "parameters: {full: ['målet är'], min-full-per: {kind: genomforande}}",
                    "saknas");
  std::string Plan = "## Genomförande: Morgon\nMålet är att Elsa duschar själv.\n\n"
                     "## Genomförande: Kväll\nMålet är att Elsa sover gott.\n\n"
                     "## Genomförande: Helg\nPromenad.\n";
  std::vector<Judged> J = judgeText(R, Plan, "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
  J = judgeText(R, Plan + "Målet är att Elsa kommer ut.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  // Without parts, min-full (1) is enough.
  J = judgeText(R, "Mål\nMålet är att Elsa duschar själv.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
}

TEST_CASE("text-evidence: also-in counts evidence in other sections",
          "[rules][text-evidence]") {
  // Goals under Mål, or stated in a part of the plan: one per part.
  auto R = goodRule("text-evidence",
                    "scope: {document-types: [genomforandeplan], section: {kind: mal}}\n"
                    "parameters: {full: ['@ord'], exclude: ['^ personalen'],\n"
                    "  min-full-per: {role: plan-part}, also-in: {role: plan-part},\n"
                    "  also-full: ['målet är att']}",
                    "saknas");
  std::string Parts = "## Dusch\nPersonalen hjälper. Målet är att Elsa duschar själv.\n\n"
                      "## Promenad\nPersonalen går med Elsa.\n";
  std::vector<Judged> J = judgeText(R, Parts, "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
  J = judgeText(R, Parts + "\nMål\nElsa går till parken.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  // Elsewhere, excluded sentences and sentences matching only full do not
  // count.
  J = judgeText(R, "## Dusch\nPersonalen: målet är att hon duschar.\n\n"
                   "## Promenad\nElsa går.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Observation);
  CHECK_FALSE(J[0].Partial);
  CHECK(rejects("text-evidence",
                "scope: {document-types: [genomforandeplan]}\n"
                "parameters: {full: ['@ord'], also-in: {role: plan-part}}",
                "also-in och also-full anges tillsammans"));
}

TEST_CASE("text-evidence: aspects are each asked for, and named when missing",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence",
                    "scope: {document-types: [genomforandeplan], "
                    "section: {role: plan-part}, unit: section}\n"
                    "parameters:\n"
                    "  aspects:\n"
                    "    - {name: vad, full: ['@ord']}\n"
                    "    - {name: när, full: ['(tisdag* | klockan)'], exclude: ['^^ mål :']}\n"
                    "    - {name: vem, full: ['personal*']}\n"
                    "  partial-message: 'delvis: {missing}'\n",
                    "saknas: {missing}");
  std::vector<Judged> J = judgeText(R,
                                    "## Dusch\nPersonalen tvättar ryggen på tisdagar.\n\n"
                                    "## Städning\nDammsugning.\nMål: klockan åtta är allt klart.\n",
                                    "Genomförandeplan");
  REQUIRE(J.size() == 2);
  CHECK(J[0].Observation);
  // The goal line says nothing about when; one finding names both gaps.
  CHECK(J[1].Partial);
  CHECK(J[1].Message == "delvis: när och vem");
  CHECK(J[1].Line == 7);
}

TEST_CASE("text-evidence: min-aspects is enough of the aspects",
          "[rules][text-evidence]") {
  // Two kinds of three; the words on a labelled line count for its label.
  auto R = goodRule("text-evidence",
                    "scope: {document-types: [genomforandeplan]}\n"
                    "parameters:\n"
                    "  min-aspects: 2\n"
                    "  aspects:\n"
                    "    - {name: kropp, full: [smärta, andfådd], exclude: ['^^ hälsa :']}\n"
                    "    - {name: hälsa, full: [hjärtsvikt]}\n"
                    "    - {name: omgivning, full: [rollator]}\n"
                    "  partial-message: 'delvis: {missing}'\n",
                    "saknas");
  std::vector<Judged> J = judgeText(R, "Hälsa: hjärtsvikt, blir andfådd.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
  CHECK(J[0].Message == "delvis: kropp och omgivning");
  J = judgeText(R, "Hälsa: hjärtsvikt.\nElsa har smärta i höften.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  J = judgeText(R, "Elsa duschar.\n", "Genomförandeplan");
  REQUIRE(J.size() == 1);
  CHECK_FALSE(J[0].Partial);
  CHECK(rejects("text-evidence",
                "parameters: {min-aspects: 3, aspects: [{name: a, full: [a]}, {name: b, full: [b]}]}",
                "min-aspects är fler än aspects"));
}

TEST_CASE("text-evidence: min-full-per-need counts sections with a need",
          "[rules][text-evidence]") {
  // A goal for every life area whose intended level is better than now.
  auto R = goodRule("text-evidence",
                    "scope: {document-types: [utredning], section: {kind: mal}}\n"
                    "parameters: {full: ['@ord'], min-full-per-need: {kind: livsomrade}}",
                    "saknas");
  std::string Areas =
      "Hemliv\nBedömning: d640 Hushållsarbete – måttlig svårighet (2). Avsett: lätt svårighet (1).\n"
      "Elsa orkar inte städa.\nMål: Elsa dammar själv.\n\n"
      "Förflyttning\nBedömning: d450 Att gå – lätt svårighet (1). Avsett: lätt svårighet (1).\n"
      "Elsa går med rollator.\n\n";
  // The level that stays the same is no need: one goal is enough.
  std::vector<Judged> J = judgeText(R, Areas);
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
  J = judgeText(R, Areas + "Personlig vård\nBedömning: d510 Att tvätta sig – stor svårighet (3). "
                           "Avsett: måttlig svårighet (2).\nElsa behöver hjälp att duscha.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
  // A difficulty with no intended level is a need too; no difficulty is none.
  J = judgeText(R, Areas + "Personlig vård\nBedömning: d510 Att tvätta sig – måttlig svårighet (2).\n"
                           "Elsa behöver hjälp att duscha.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Partial);
  J = judgeText(R, Areas + "Personlig vård\nBedömning: d510 Att tvätta sig – ingen svårighet (0).\n"
                           "Elsa duschar själv.\n");
  REQUIRE(J.size() == 1);
  CHECK(J[0].Observation);
}

TEST_CASE("text-evidence: document-types limits what is read",
          "[rules][text-evidence]") {
  auto R = goodRule("text-evidence", ownView(), "saknas");
  CHECK(judgeText(R, "Hemliv\nDisk.\n", "Genomförandeplan").empty());
}

TEST_CASE("text-evidence: parameter errors", "[rules][text-evidence]") {
  // full (or aspects) is required, and an aspect needs a name.
  CHECK(rejects("text-evidence", "parameters: {words: {a: [b]}}", "'full'"));
  CHECK(rejects("text-evidence", "parameters: {aspects: [{full: [a]}]}", "'name'"));
  // Choices.
  CHECK(rejects("text-evidence", ownView("  count: ord\n"), "sentences eller patterns"));
  CHECK(rejects("text-evidence", ownView("", "{unit: stycke}"), "'stycke'"));
  // Old parameters that moved to the scope are no parameters.
  CHECK(rejects("text-evidence", ownView("  per: section\n"),
                "parametern 'per' används inte av regeltypen text-evidence"));
}

TEST_CASE("text-evidence: a bad pattern is an error at its place",
          "[rules][text-evidence]") {
  CHECK(rejects("text-evidence", ownView("  trigger: ['enligt {grannar}']\n"),
                "ordlistan {grannar} finns inte under words"));
  CHECK(rejects("text-evidence", ownView("  trigger: ['(enligt {andra}']\n"),
                "'(' utan ')'"));
  CHECK(rejects("text-evidence", ownView("  trigger: ['@person']\n"), "@person"));
}
