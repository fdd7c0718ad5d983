// Tests for Rules/KindOptions: a rule kind reads its parameters by name with
// defaults and types, errors land at the value's file:line:column, a key no
// one read is reported at the key, and a configuration's override replaces
// keys.
#include "Rules/KindOptions.h"
#include "Rules/LexiconEntries.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using namespace ibic;
using ibic::test::reference;

namespace {

using Strings = std::vector<std::string>;

/// YAML files read into option trees, and the errors reported on them
/// resolved to file:line:column.
class Options {
public:
  /// Reads \p Yaml as the file \p Name; the tree is its `parameters:` key
  /// when it has one, else the whole file.
  const OptionValue &read(llvm::StringRef Yaml, llvm::StringRef Name = "regel.yaml") {
    Trees.push_back(std::make_unique<OptionValue>());
    std::vector<Diagnostic> Diagnostics;
    bool Ok = Sources.loadText(Name, Yaml, *Trees.back(), Diagnostics);
    INFO("first YAML error: " << (Diagnostics.empty() ? "" : Diagnostics.front().Message));
    REQUIRE(Ok);
    if (const OptionValue *P = Trees.back()->find("parameters"))
      return *P;
    return *Trees.back();
  }

  /// A reader of \p Map for rule "sprak/test" of kind "lexicon".
  KindOptions reader(const OptionValue &Map) {
    return KindOptions(Map, "lexicon", "sprak/test", reference(),
                       [this](llvm::SMLoc Loc, std::string Message) {
                         Errors.push_back(Sources.diagnose(Loc, "?", std::move(Message)));
                       });
  }

  /// The messages reported so far.
  Strings messages() const {
    Strings Out;
    for (const Diagnostic &D : Errors)
      Out.push_back(D.Message);
    return Out;
  }

  /// "file:line:column: message" of each error.
  Strings located() const {
    Strings Out;
    for (const Diagnostic &D : Errors)
      Out.push_back(D.File + ":" + std::to_string(D.Line) + ":" +
                    std::to_string(D.Column) + ": " + D.Message);
    return Out;
  }

  std::vector<Diagnostic> Errors;

private:
  YamlSources Sources;
  std::vector<std::unique_ptr<OptionValue>> Trees;
};

Strings values(const std::vector<Located> &L) {
  Strings Out;
  for (const Located &V : L)
    Out.push_back(V.Value);
  return Out;
}

} // namespace

TEST_CASE("kind options: typed values and defaults", "[rules][kind-options]") {
  Options O;
  const OptionValue &Map = O.read("parameters:\n"
                                  "  name: Elsa\n"
                                  "  max: 12\n"
                                  "  share: 0.25\n"
                                  "  strict: true\n"
                                  "  lenient: false\n"
                                  "  quotes: check\n"
                                  "  forms: [vägrade, tycks vara]\n"
                                  "  ignore:\n"
                                  "    - SoL\n"
                                  "    - LSS\n"
                                  "  why: >\n"
                                  "    Ett ord\n"
                                  "    på två rader.\n");
  KindOptions K = O.reader(Map);
  CHECK(K.has("name"));
  CHECK_FALSE(K.has("saknas"));
  std::optional<Located> Name = K.text("name");
  REQUIRE(Name);
  CHECK(Name->Value == "Elsa");
  CHECK(K.count("max", 3) == 12);
  CHECK(K.number("share", 1.0) == Approx(0.25));
  CHECK(K.flag("strict", false));
  CHECK_FALSE(K.flag("lenient", true));
  CHECK(K.choice("quotes", {"skip", "check"}, 0) == 1);
  CHECK(values(K.list("forms")) == Strings{"vägrade", "tycks vara"});
  CHECK(K.strings("ignore") == Strings{"SoL", "LSS"});
  CHECK(K.prose("why") == std::string("Ett ord på två rader."));
  // Keys not written give the defaults.
  CHECK_FALSE(K.text("saknas"));
  CHECK(K.count("antal", 3) == 3);
  CHECK(K.number("andel", 0.5) == Approx(0.5));
  CHECK(K.flag("av", true));
  CHECK_FALSE(K.flag("på", false));
  CHECK(K.choice("läge", {"a", "b", "c"}, 2) == 2);
  CHECK(K.list("tom").empty());
  CHECK(K.lists("ordlistor").empty());
  CHECK_FALSE(K.section("avsnitt"));
  CHECK(K.documentTypes("dokument").Types.empty());
  // Every key was read: nothing to report.
  K.finish();
  CHECK(O.Errors.empty());
  CHECK_FALSE(K.failed());
}

TEST_CASE("kind options: a value's location is where it is written",
          "[rules][kind-options]") {
  Options O;
  const OptionValue &Map = O.read("parameters:\n"
                                  "  name: Åsa\n"
                                  "  forms: [a, ö]\n");
  KindOptions K = O.reader(Map);
  std::optional<Located> Name = K.text("name");
  REQUIRE(Name);
  // Report something at it, as a kind does with a bad regex.
  K.error(Name->Loc, "fel här");
  std::vector<Located> Forms = K.list("forms");
  REQUIRE(Forms.size() == 2);
  K.error(Forms[1].Loc, "och här");
  CHECK(O.located() == Strings{"regel.yaml:2:9: fel här", "regel.yaml:3:14: och här"});
  CHECK(O.Errors[0].SourceLine == "  name: Åsa");
  CHECK(K.failed());
}

TEST_CASE("kind options: values of the wrong type", "[rules][kind-options]") {
  Options O;
  const OptionValue &Map = O.read("parameters:\n"
                                  "  max: tolv\n"
                                  "  min: -1\n"
                                  "  share: mycket\n"
                                  "  strict: ja\n"
                                  "  quotes: ibland\n"
                                  "  mode: x\n"
                                  "  name: [a, b]\n"
                                  "  forms: vägrade\n"
                                  "  nested: [[a], b]\n"
                                  "  entries: enstaka\n"
                                  "  items: [a]\n"
                                  "  words: [tal]\n"
                                  "  section: livsomrade\n");
  KindOptions K = O.reader(Map);
  CHECK_FALSE(K.failed());
  // A bad value gives an error and, for most types, the default.
  CHECK(K.count("max", 3) == 3);
  CHECK(K.count("min", 3) == 3);
  CHECK(K.number("share", 0.5) == Approx(0.5));
  K.flag("strict", true); // its value does not matter: the rule will not load
  CHECK(K.choice("quotes", {"skip", "check"}, 0) == 0);
  CHECK(K.choice("mode", {"a", "b", "c"}, 1) == 1);
  CHECK_FALSE(K.text("name"));
  CHECK(K.list("forms").empty());
  CHECK(values(K.list("nested")) == Strings{"b"});
  int Calls = 0;
  K.each("entries", [&](KindOptions &) { ++Calls; });
  K.each("items", [&](KindOptions &) { ++Calls; });
  CHECK(Calls == 0);
  CHECK(K.lists("words").empty());
  CHECK_FALSE(K.section("section"));
  K.finish();
  CHECK(K.failed());
  CHECK(O.located() ==
        Strings{"regel.yaml:2:8: parametern 'max' ska vara ett heltal (0 eller mer)",
                "regel.yaml:3:8: parametern 'min' ska vara ett heltal (0 eller mer)",
                "regel.yaml:4:10: parametern 'share' ska vara ett tal",
                "regel.yaml:5:11: parametern 'strict' ska vara true eller false",
                "regel.yaml:6:11: quotes ska vara skip eller check, inte 'ibland'",
                "regel.yaml:7:9: mode ska vara a, b eller c, inte 'x'",
                "regel.yaml:8:10: parametern 'name' ska vara en text",
                "regel.yaml:9:10: parametern 'forms' ska vara en lista",
                "regel.yaml:10:13: parametern 'nested' ska vara en lista med texter",
                "regel.yaml:11:12: parametern 'entries' ska vara en lista",
                "regel.yaml:12:11: parametern 'items' ska vara en lista med mappningar",
                "regel.yaml:13:11: parametern 'words' ska vara en mappning från namn "
                "till listor",
                "regel.yaml:14:12: parametern 'section' ska vara en mappning med kind, "
                "livsomrade, faktor eller role"});
}

TEST_CASE("kind options: parameters must be a map", "[rules][kind-options]") {
  Options O;
  KindOptions List = O.reader(O.read("parameters:\n  - a\n  - b\n"));
  CHECK(List.failed());
  CHECK(O.located() ==
        Strings{"regel.yaml:2:5: parameters ska vara en mappning (nyckel: värde)"});
  // A rule file without parameters leaves the tree an empty scalar: an
  // empty map.
  Options Empty;
  OptionValue Nothing;
  KindOptions None = Empty.reader(Nothing);
  CHECK(None.count("max", 4) == 4);
  CHECK_FALSE(None.has("max"));
  None.finish();
  CHECK(Empty.Errors.empty());
  CHECK_FALSE(None.failed());
}

TEST_CASE("kind options: an empty 'parameters:' reads as an empty map",
          "[rules][kind-options]") {
  // A key written with no value is an empty node in LLVM's YAML reader,
  // which its own dispatch on node kinds does not handle; Config/Options.h
  // reads it as an empty scalar, which reads as an empty map.
  Options Empty;
  const OptionValue &Map = Empty.read("parameters:\n");
  CHECK(Map.What != OptionValue::Kind::Sequence);
  KindOptions None = Empty.reader(Map);
  None.finish();
  INFO("first error: " << (Empty.Errors.empty() ? "" : Empty.located().front()));
  CHECK(Empty.Errors.empty());
}

TEST_CASE("kind options: a key no one read is reported at the key",
          "[rules][kind-options]") {
  Options O;
  const OptionValue &Map = O.read("code: IA900\n"
                                  "parameters:\n"
                                  "  forms: [vägrade]\n"
                                  "  colour: röd\n"
                                  "  form:\n"
                                  "    - a\n"
                                  "  max: 3\n");
  KindOptions K = O.reader(Map);
  K.strings("forms");
  K.count("max", 1);
  CHECK(O.Errors.empty());
  K.finish();
  // "form" is also the start of "forms": the key itself is found.
  CHECK(O.located() ==
        Strings{"regel.yaml:4:3: parametern 'colour' används inte av regeltypen "
                "lexicon (regeln sprak/test)",
                "regel.yaml:5:3: parametern 'form' används inte av regeltypen "
                "lexicon (regeln sprak/test)"});
  CHECK(O.Errors[0].SourceLine == "  colour: röd");
  CHECK(K.failed());
}

TEST_CASE("kind options: an unknown key with no value is reported at the key",
          "[rules][kind-options]") {
  // "colour:" has no value (see the test above); its place is still its
  // own line, not the start of the map (the line of "forms").
  Options O;
  const OptionValue &Map = O.read("parameters:\n"
                                  "  forms: [vägrade]\n"
                                  "  colour:\n"
                                  "  max: 3\n");
  KindOptions K = O.reader(Map);
  K.strings("forms");
  K.count("max", 1);
  K.finish();
  REQUIRE(O.Errors.size() == 1);
  CHECK(O.located().front() ==
        "regel.yaml:3:3: parametern 'colour' används inte av regeltypen lexicon "
        "(regeln sprak/test)");
}

TEST_CASE("kind options: an unknown key inside a list of maps", "[rules][kind-options]") {
  Options O;
  const OptionValue &Map = O.read("parameters:\n"
                                  "  entries:\n"
                                  "    - forms: [vägrade]\n"
                                  "      reason: Värdeladdat.\n"
                                  "    - forms: [lat]\n"
                                  "      resaon: stavfel\n"
                                  "    - enstaka\n");
  KindOptions K = O.reader(Map);
  Strings Forms, Reasons;
  K.each("entries", [&](KindOptions &Entry) {
    for (const std::string &F : Entry.strings("forms"))
      Forms.push_back(F);
    if (std::optional<Located> R = Entry.text("reason"))
      Reasons.push_back(R->Value);
  });
  K.finish();
  CHECK(Forms == Strings{"vägrade", "lat"});
  CHECK(Reasons == Strings{"Värdeladdat."});
  CHECK(O.located() ==
        Strings{"regel.yaml:6:7: parametern 'resaon' används inte av regeltypen "
                "lexicon (regeln sprak/test)",
                "regel.yaml:7:7: parametern 'entries' ska vara en lista med mappningar"});
  CHECK(K.failed());
}

TEST_CASE("kind options: named word lists", "[rules][kind-options]") {
  Options O;
  const OptionValue &Map = O.read("parameters:\n"
                                  "  words:\n"
                                  "    tal: [säger, tycker att]\n"
                                  "    plats:\n"
                                  "      - hemma\n"
                                  "    fel: säger\n");
  KindOptions K = O.reader(Map);
  std::map<std::string, std::vector<std::string>> Lists = K.lists("words");
  CHECK(Lists["tal"] == Strings{"säger", "tycker att"});
  CHECK(Lists["plats"] == Strings{"hemma"});
  CHECK(Lists["fel"].empty());
  K.finish();
  CHECK(O.located() == Strings{"regel.yaml:6:10: parametern 'fel' ska vara en lista"});
}

TEST_CASE("kind options: a list may name a shared word list", "[rules][kind-options]") {
  Options O;
  const OptionValue &Map = O.read("parameters:\n"
                                  "  allowed: [först, '{kan}', sist]\n"
                                  "  other: ['{finns-inte}']\n");
  KindOptions K = O.reader(Map);
  Strings Allowed = K.strings("allowed");
  REQUIRE(Allowed.size() > 3);
  CHECK(Allowed.front() == "först");
  CHECK(Allowed[1] == "kan"); // the first word of reference/ordlistor.yaml's 'kan'
  CHECK(Allowed.back() == "sist");
  CHECK(K.strings("other").empty());
  K.finish();
  CHECK(O.located() ==
        Strings{"regel.yaml:3:12: ordlistan {finns-inte} finns inte i reference/ordlistor.yaml"});
}

TEST_CASE("kind options: a section selector, checked against IBIC",
          "[rules][kind-options]") {
  Options O;
  const OptionValue &Map = O.read("parameters:\n"
                                  "  good: {kind: livsomrade, livsomrade: hemliv}\n"
                                  "  factor: {faktor: kroppsfunktioner}\n"
                                  "  bad: {kind: nope, livsomrade: matlagning, faktor: x}\n"
                                  "  extra: {kind: kallor, typ: x}\n");
  KindOptions K = O.reader(Map);
  std::optional<SectionSelector> Good = K.section("good");
  REQUIRE(Good);
  CHECK(Good->Kind == "livsomrade");
  CHECK(Good->LifeArea == "hemliv");
  CHECK(Good->Factor.empty());
  std::optional<SectionSelector> Factor = K.section("factor");
  REQUIRE(Factor);
  CHECK(Factor->Factor == "kroppsfunktioner");
  CHECK(O.Errors.empty());
  K.section("bad");
  K.section("extra");
  K.finish();
  CHECK(O.located() ==
        Strings{"regel.yaml:4:15: okänd avsnittstyp 'nope'",
                "regel.yaml:4:33: okänt livsområde 'matlagning'",
                "regel.yaml:4:53: okänd relaterad faktor 'x'",
                "regel.yaml:5:25: parametern 'typ' används inte av regeltypen lexicon "
                "(regeln sprak/test)"});
}

TEST_CASE("kind options: document types by name, alias or slug",
          "[rules][kind-options]") {
  Options O;
  const OptionValue &Map =
      O.read("parameters:\n  documents: [Utredning, Journal, genomforandeplan, Protokoll]\n");
  KindOptions K = O.reader(Map);
  DocumentTypeFilter F = K.documentTypes("documents");
  CHECK(F.Types == Strings{"utredning", "journalanteckning", "genomforandeplan"});
  CHECK(O.located() == Strings{"regel.yaml:2:53: okänd dokumenttyp 'Protokoll'"});
}

TEST_CASE("kind options: a configuration overrides keys as it sets them",
          "[rules][kind-options]") {
  Options O;
  OptionValue Rule = O.read("parameters:\n"
                            "  entries: [a, b]\n"
                            "  max: 3\n"
                            "  section: {kind: livsomrade, livsomrade: hemliv}\n",
                            "regel.yaml");
  // The configuration as the loader reads it: a map of the keys it sets.
  const OptionValue &Override = O.read("parameters:\n"
                                       "  max: 5\n"
                                       "  section: {kind: kallor}\n"
                                       "  colour: röd\n",
                                       "config.yaml");
  Rule.overrideWith(Override);
  KindOptions K = O.reader(Rule);
  // Untouched keys stay, set keys are replaced whole, new keys are added.
  CHECK(K.strings("entries") == Strings{"a", "b"});
  CHECK(K.count("max", 1) == 5);
  std::optional<SectionSelector> S = K.section("section");
  REQUIRE(S);
  CHECK(S->Kind == "kallor");
  CHECK(S->LifeArea.empty());
  K.finish();
  // A key the configuration added and no kind reads is reported in the
  // configuration, where it was written.
  CHECK(O.located() == Strings{"config.yaml:4:3: parametern 'colour' används inte av "
                               "regeltypen lexicon (regeln sprak/test)"});
}

TEST_CASE("kind options: an override of another shape replaces the value",
          "[rules][kind-options]") {
  Options O;
  // A rule without parameters takes the configuration's map as it is.
  OptionValue None = O.read("parameters:\n");
  None.overrideWith(O.read("parameters:\n  max: 5\n", "config.yaml"));
  CHECK(O.reader(None).count("max", 1) == 5);
  // A scalar replaces a map.
  OptionValue Map = O.read("parameters:\n  max: 3\n");
  OptionValue Scalar;
  Scalar.Scalar.Value = "x";
  Map.overrideWith(Scalar);
  CHECK(Map.What == OptionValue::Kind::Scalar);
  CHECK(Map.Scalar.Value == "x");
  // Overriding with an empty map changes nothing.
  OptionValue Kept = O.read("parameters:\n  max: 3\n");
  OptionValue EmptyMap;
  EmptyMap.What = OptionValue::Kind::Map;
  Kept.overrideWith(EmptyMap);
  CHECK(O.reader(Kept).count("max", 1) == 3);
}

TEST_CASE("kind options: a lexicon form's choices stand for every form they make",
          "[rules][kind-options]") {
  Options O;
  KindOptions K = O.reader(O.read("parameters:\n"
                                  "  entries:\n"
                                  "    - forms: ['hade en (riktigt|) (bra|fin) dag', kände sig]\n"
                                  "    - forms: ['var (nöjd och glad)', 'mår (bra']\n"));
  std::vector<LexiconEntry> Entries = readLexiconEntries(K);
  REQUIRE(Entries.size() == 2);
  CHECK(Entries[0].Forms == Strings{"hade en riktigt bra dag", "hade en riktigt fin dag",
                                    "hade en bra dag", "hade en fin dag", "kände sig"});
  // A choice is one word; a form that is not so written is named where it stands.
  CHECK(K.failed());
  const std::string Message =
      "ett val skrivs som ett ord inom parentes, till exempel (riktigt|mycket|)";
  CHECK(O.located() == Strings{"regel.yaml:4:16: " + Message, "regel.yaml:4:39: " + Message});
}
