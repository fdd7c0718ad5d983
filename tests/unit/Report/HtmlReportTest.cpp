// Tests for Report/HtmlReport. The page is written as well-formed XML, so
// pugixml parses it and the checks look at structure, not at strings: lang,
// no script and nothing fetched, a section per avdelning, a chart per group,
// every traffic light with its name, every case and finding, and text from
// the input escaped. How a browser renders and prints it is the ctest
// report.html-chromium.
#include "Report/ReportSupport.h"
#include "ReportTestSupport.h"

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <cstring>
#include <functional>
#include <set>

using namespace ibic;
using namespace ibic::test;

namespace {

std::string html(const AuditResult &R) {
  return render([&](llvm::raw_ostream &OS) { writeHtmlReport(R, OS); });
}

void parse(pugi::xml_document &Doc, const std::string &Text) {
  pugi::xml_parse_result Parsed = Doc.load_buffer(Text.data(), Text.size());
  INFO("offset " << Parsed.offset << ": "
                 << Text.substr(Parsed.offset > 80 ? Parsed.offset - 80 : 0, 160));
  REQUIRE(Parsed);
}

bool hasClass(pugi::xml_node N, const char *Class) {
  llvm::StringRef Classes = N.attribute("class").value();
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Classes.split(Parts, ' ');
  return llvm::is_contained(Parts, Class);
}

std::vector<pugi::xml_node> all(pugi::xml_node Root,
                                std::function<bool(pugi::xml_node)> Want) {
  std::vector<pugi::xml_node> Found;
  std::function<void(pugi::xml_node)> Walk = [&](pugi::xml_node N) {
    for (pugi::xml_node C : N.children()) {
      if (C.type() == pugi::node_element && Want(C))
        Found.push_back(C);
      Walk(C);
    }
  };
  Walk(Root);
  return Found;
}

std::vector<pugi::xml_node> byName(pugi::xml_node Root, const char *Name) {
  return all(Root, [&](pugi::xml_node N) { return std::strcmp(N.name(), Name) == 0; });
}

std::vector<pugi::xml_node> byClass(pugi::xml_node Root, const char *Name,
                                    const char *Class) {
  return all(Root, [&](pugi::xml_node N) {
    return std::strcmp(N.name(), Name) == 0 && hasClass(N, Class);
  });
}

std::string textOf(pugi::xml_node N) {
  std::string Text;
  for (pugi::xml_node C : N.children())
    Text += C.type() == pugi::node_pcdata ? C.value() : textOf(C);
  return Text;
}

} // namespace

TEST_CASE("HTML of the sample: sections, charts, cases and findings",
          "[report][html]") {
  const AuditResult &R = sampleResult();
  std::string Text = html(R);
  CHECK_THAT(Text, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">"));
  pugi::xml_document Doc;
  parse(Doc, Text);
  pugi::xml_node Html = Doc.child("html");
  CHECK(std::string(Html.attribute("lang").value()) == "sv");
  CHECK(std::string(Html.child("head").child("meta").attribute("charset").value()) ==
        "utf-8");

  // Self-contained: inline CSS with an A4 print sheet, no script, nothing
  // to fetch.
  std::string Css = Html.child("head").child("style").text().get();
  CHECK_THAT(Css, Catch::Contains("@page { size: A4"));
  CHECK_THAT(Css, Catch::Contains("section.avdelning { break-before: page"));
  CHECK(byName(Html, "script").empty());
  CHECK(byName(Html, "link").empty());
  CHECK(byName(Html, "img").empty());
  CHECK(Text.find("://") == std::string::npos);
  CHECK(Text.find("url(") == std::string::npos);

  std::set<std::string> Avdelningar;
  for (const GroupResult &G : R.Groups)
    Avdelningar.insert(G.Avdelning);
  std::vector<pugi::xml_node> Sections = byClass(Html, "section", "avdelning");
  CHECK(Sections.size() == Avdelningar.size());
  CHECK(byClass(Html, "svg", "bars").size() == R.Groups.size());
  // A bar and its label per question with a mean, per group.
  size_t Means = 0;
  for (const GroupResult &G : R.Groups)
    for (const GroupQuestion &Q : G.Questions)
      Means += Q.Mean.has_value();
  CHECK(byName(Html, "rect").size() == Means);

  // Colour is never the only signal: every chip names its colour.
  std::vector<pugi::xml_node> Chips = byClass(Html, "span", "chip");
  size_t Coloured = 0;
  for (pugi::xml_node Chip : Chips) {
    std::string Label = textOf(Chip);
    INFO(Chip.attribute("class").value() << ": " << Label);
    if (hasClass(Chip, "gron"))
      CHECK_THAT(Label, Catch::EndsWith("grön"));
    else if (hasClass(Chip, "gul"))
      CHECK_THAT(Label, Catch::EndsWith("gul"));
    else if (hasClass(Chip, "rod"))
      CHECK_THAT(Label, Catch::EndsWith("röd"));
    else
      CHECK(Label == "ej tillämplig");
    Coloured += !hasClass(Chip, "none");
  }
  CHECK(Coloured > Means); // the tables, plus the legend

  std::vector<pugi::xml_node> Cases = byClass(Html, "article", "case");
  REQUIRE(Cases.size() == R.Cases.size());
  std::vector<pugi::xml_node> Findings = byClass(Html, "li", "finding");
  size_t Total = 0;
  for (const CaseResult &C : R.Cases)
    Total += C.Findings.size();
  REQUIRE(Findings.size() == Total);
  std::set<std::string> Shown;
  for (pugi::xml_node F : Findings)
    Shown.insert(textOf(byClass(F, "code", "loc").at(0)) + " " +
                 textOf(byClass(F, "span", "msg").at(0)));
  for (const CaseResult &C : R.Cases) {
    for (const Finding &F : C.Findings) {
      INFO(report::compilerStyle(F));
      CHECK(Shown.count(report::findingLocation(F) + " " + F.Message));
    }
  }
  // Every case's scores, in its own section.
  for (pugi::xml_node Case : Cases) {
    std::string Heading = textOf(Case.child("h3"));
    auto It = llvm::find_if(R.Cases, [&](const CaseResult &C) {
      return llvm::StringRef(Heading).startswith("Ärende " + C.Id);
    });
    REQUIRE(It != R.Cases.end());
    CHECK(byClass(Case, "span", "score").size() == It->Questions.size());
  }
}

TEST_CASE("HTML escapes every text from the input", "[report][html]") {
  AuditResult R = handMadeResult();
  std::string Text = html(R);
  CHECK(Text.find("<script") == std::string::npos);
  CHECK(Text.find("<hemtjänst>") == std::string::npos);
  CHECK(Text.find('\x01') == std::string::npos);
  CHECK_THAT(Text, Catch::Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mer"));
  pugi::xml_document Doc;
  parse(Doc, Text);
  pugi::xml_node Html = Doc.child("html");
  CHECK(byName(Html, "script").empty());

  std::vector<pugi::xml_node> Findings = byClass(Html, "li", "finding");
  REQUIRE(Findings.size() == 3);
  // Findings under their question (info under M1, the warning under M13),
  // then the one for no question.
  pugi::xml_node Loaded = Findings[1];
  CHECK(hasClass(Loaded, "sev-warning"));
  CHECK(textOf(byClass(Loaded, "span", "sev").at(0)) == "varning");
  CHECK(textOf(byClass(Loaded, "span", "msg").at(0)) == AwkwardText);
  CHECK(textOf(byClass(Loaded, "code", "loc").at(0)) == "export/ärende 1.xml:12:7");
  CHECK(textOf(byClass(Loaded, "span", "rule").at(0)) ==
        "Regel sprak/vardeladdat-ord (IA101)");
  CHECK(textOf(byClass(Loaded, "div", "suggestion").at(0)) == "Förslag: avböjer");
  // The source line without its indentation, the span marked by code point.
  pugi::xml_node Source = byClass(Loaded, "pre", "src").at(0);
  CHECK(textOf(Source) == "12Elsa vägrar <äta> & \"dricka\".");
  CHECK(textOf(Source.child("mark")) == "vägrar");
  CHECK(textOf(byClass(Findings[0], "span", "msg").at(0)) ==
        "Resurser saknas\xEF\xBF\xBD i livsområdet.");
  CHECK(textOf(byClass(Findings[2], "span", "msg").at(0)) == "Dokumentet saknar id.");

  // Both avdelningar, the one without a name labelled so.
  std::vector<pugi::xml_node> Sections = byClass(Html, "section", "avdelning");
  REQUIRE(Sections.size() == 2);
  CHECK(textOf(Sections[0].child("h2")) == "(ingen avdelning)");
  CHECK(textOf(Sections[1].child("h2")) == "Hemtjänst; \"natt\"");
  CHECK_THAT(Text, Catch::Contains("<b>1,42</b>gul"));

  std::vector<pugi::xml_node> Errors = byClass(Html, "section", "errors");
  REQUIRE(Errors.size() == 1);
  CHECK_THAT(textOf(Errors[0]), Catch::Contains("export/trasig fil.xml:3:17 XML-filen är inte välformad."));

  // A null score says so in words, with its reason.
  std::vector<pugi::xml_node> Null = byClass(Html, "span", "na");
  REQUIRE(Null.size() == 2);
  CHECK(textOf(Null[0]) == "ej tillämplig");
}

TEST_CASE("HTML in check mode lists the findings of every case", "[report][html]") {
  const AuditResult &R = sampleResult(/*Score=*/false);
  pugi::xml_document Doc;
  parse(Doc, html(R));
  pugi::xml_node Html = Doc.child("html");
  CHECK(byClass(Html, "svg", "bars").empty());
  CHECK(byClass(Html, "article", "case").size() == R.Cases.size());
  size_t Total = 0;
  for (const CaseResult &C : R.Cases)
    Total += C.Findings.size();
  CHECK(byClass(Html, "li", "finding").size() == Total);
}
