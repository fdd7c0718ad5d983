//===- HtmlReport.cpp - One self-contained page to read and print ---------===//
//
// The page needs nothing but itself: CSS and SVG charts are inline, there is
// no script and no address to fetch. Every piece of text from the input goes
// through report::html(). A traffic-light colour is always shown with its name, so
// the page reads the same in black and white and for colour-blind readers.
// Printed, it is A4 with each avdelning starting on a new page. The markup is
// also well-formed XML (every element closed), which the tests rely on.
//
//===----------------------------------------------------------------------===//
#include "ibic/Report.h"

#include "Report/ReportSupport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"

#include <algorithm>

namespace ibic {
namespace {

/// Bar colours of the charts, the same hues as the chips' borders.
llvm::StringRef barFill(std::optional<TrafficLight> Colour) {
  if (!Colour)
    return "#9aa3ad";
  switch (*Colour) {
  case TrafficLight::Gron:
    return "#3b8c48";
  case TrafficLight::Gul:
    return "#e0b21b";
  case TrafficLight::Rod:
    break;
  }
  return "#c8392f";
}

const char *const Style = R"css(
:root { --ink: #1d2430; --muted: #5b6472; --line: #d8dde4; --soft: #f4f6f8;
  --accent: #1f4e79; --gron-bg: #dcefe0; --gron: #2e7d32; --gron-ink: #1b5e20;
  --gul-bg: #fff3c4; --gul: #b88a00; --gul-ink: #5f4600; --rod-bg: #fbe0de;
  --rod: #c62828; --rod-ink: #8e1b1b; }
* { box-sizing: border-box; }
html { background: #eef1f4; }
body { margin: 0 auto; max-width: 1180px; padding: 28px 36px 48px;
  background: #fff; color: var(--ink);
  font: 14px/1.45 "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; color: var(--accent); letter-spacing: -0.01em; }
h2 { font-size: 21px; margin: 0 0 10px; color: var(--accent);
  border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 22px 0 8px; }
h4 { font-size: 14px; margin: 16px 0 6px; color: var(--muted);
  text-transform: uppercase; letter-spacing: 0.04em; }
p { margin: 6px 0; }
code { font: 12px/1.4 "DejaVu Sans Mono", "Liberation Mono", monospace; }
.meta, .note { color: var(--muted); }
.report-head { border-bottom: 1px solid var(--line); padding-bottom: 14px; margin-bottom: 18px; }
.totals { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; padding: 0; margin: 12px 0; }
.totals li { background: var(--soft); border: 1px solid var(--line); border-radius: 6px;
  padding: 6px 12px; }
.totals strong { font-size: 18px; margin-right: 4px; }
.legend { font-size: 13px; color: var(--muted); max-width: 860px; }
.legend .chip { min-width: 0; }
.toc { margin: 6px 0 0; font-size: 13px; }
.toc a { color: var(--accent); }
.errors { border: 1px solid var(--rod); background: var(--rod-bg); border-radius: 6px;
  padding: 8px 14px; margin: 14px 0; }
.errors h2 { color: var(--rod-ink); border: 0; font-size: 16px; margin: 0; }
section.overview, section.avdelning { margin-top: 30px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left;
  vertical-align: top; }
thead th { background: var(--soft); font-size: 12px; color: var(--muted);
  border-bottom: 2px solid var(--line); vertical-align: bottom; }
thead th small { display: block; font-weight: normal; }
tbody th { font-weight: normal; }
th.qid { width: 3.4em; padding-right: 0; font-weight: bold; color: var(--accent);
  white-space: nowrap; }
td.mean { white-space: nowrap; width: 1%; }
.n { color: var(--muted); font-size: 11px; margin-left: 4px; }
.chip { display: inline-block; min-width: 6.2em; padding: 1px 8px; border-radius: 10px;
  border: 1px solid; font-size: 12px; white-space: nowrap; }
.chip b { margin-right: 4px; }
.chip.gron, .score.s2 { background: var(--gron-bg); border-color: var(--gron); color: var(--gron-ink); }
.chip.gul, .score.s1 { background: var(--gul-bg); border-color: var(--gul); color: var(--gul-ink); }
.chip.rod, .score.s0 { background: var(--rod-bg); border-color: var(--rod); color: var(--rod-ink); }
.chip.none, .score.na { background: #fff; border-color: var(--line); color: var(--muted); }
.score { display: inline-block; min-width: 8.6em; text-align: center; padding: 1px 8px;
  border-radius: 10px; border: 1px solid; font-size: 12px; white-space: nowrap; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr));
  gap: 12px 24px; margin: 8px 0 4px; }
figure { margin: 0; }
figcaption { font-size: 13px; font-weight: bold; margin-bottom: 2px; }
svg.bars { width: 100%; max-width: 560px; height: auto; display: block; }
svg.bars text { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
article.case { border-top: 1px solid var(--line); padding-top: 4px; margin-top: 18px; }
article.case h3 { margin-bottom: 2px; }
article.case h3 .sub { font-weight: normal; color: var(--muted); font-size: 14px; margin-left: 8px; }
table.case-scores td.score-cell { width: 1%; white-space: nowrap; }
table.case-scores tr.q.has-findings th, table.case-scores tr.q.has-findings td { border-bottom: 0; }
tr.findings > td { padding: 0 8px 8px 3.9em; }
.reason { color: var(--muted); font-size: 12px; margin-left: 6px; }
ul.findings { list-style: none; margin: 0; padding: 0; }
li.finding { border-left: 3px solid var(--line); background: #fafbfc; margin: 4px 0;
  padding: 5px 10px; }
li.finding.sev-error { border-left-color: var(--rod); }
li.finding.sev-warning { border-left-color: var(--gul); }
li.finding.sev-info { border-left-color: #6b8fb3; }
.sev { display: inline-block; font-size: 11px; font-weight: bold; text-transform: uppercase;
  letter-spacing: 0.03em; margin-right: 6px; }
.sev-error .sev { color: var(--rod-ink); }
.sev-warning .sev { color: var(--gul-ink); }
.sev-info .sev { color: #2f5b86; }
.loc { color: var(--muted); }
.rule { color: var(--muted); font-size: 12px; white-space: nowrap; }
.msg { display: block; margin: 2px 0; }
.src { margin: 4px 0 0; padding: 3px 8px; background: var(--soft); border-radius: 4px;
  white-space: pre-wrap; word-break: break-word;
  font: 12px/1.4 "DejaVu Sans Mono", "Liberation Mono", monospace; }
.src .ln { color: var(--muted); user-select: none; margin-right: 8px; }
.src mark { background: #ffe08a; color: inherit; border-bottom: 2px solid var(--gul); }
.suggestion { font-size: 13px; margin-top: 3px; }
.suggestion q { font-weight: bold; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .toc { display: none; }
  section.avdelning { break-before: page; margin-top: 0; }
  h2, h3, h4, figcaption { break-after: avoid; }
  tr, li.finding, figure { break-inside: avoid; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 6px; }
  .charts { display: block; }
  figure { max-width: 135mm; margin: 0 0 5mm; }
  a { color: inherit; text-decoration: none; }
}
)css";

std::string scoreClass(const QuestionScore &Q) {
  return Q.Score ? "s" + std::to_string(*Q.Score) : "na";
}

/// The byte offset of code-point column \p Column (1-based) in \p Line.
size_t byteOfColumn(llvm::StringRef Line, unsigned Column) {
  size_t Byte = 0;
  for (unsigned C = 1; C < Column && Byte < Line.size(); ++C) {
    ++Byte;
    while (Byte < Line.size() && (Line[Byte] & 0xC0) == 0x80)
      ++Byte;
  }
  return Byte;
}

void writeMeanCell(llvm::raw_ostream &OS, const GroupQuestion *Q) {
  if (!Q || !Q->Mean) {
    OS << "<td class=\"mean\"><span class=\"chip none\">ej tillämplig</span></td>";
    return;
  }
  OS << "<td class=\"mean\"><span class=\"chip " << report::colourClass(Q->Colour)
     << "\"><b>" << report::formatMean(*Q->Mean) << "</b>" << report::colourLabel(Q->Colour)
     << "</span><span class=\"n\">n=" << Q->N << "</span></td>";
}

const GroupQuestion *questionOf(const GroupResult &G, llvm::StringRef Id) {
  for (const GroupQuestion &Q : G.Questions)
    if (Q.Id == Id)
      return &Q;
  return nullptr;
}

std::string groupName(const GroupResult &G) {
  return G.Enhet ? *G.Enhet : report::avdelningLabel(G.Avdelning) + ", alla enheter";
}

/// A table of områdespoäng: one row per question, one column per group.
void writeMeanTable(llvm::raw_ostream &OS, const AuditResult &R,
                    llvm::ArrayRef<const GroupResult *> Groups,
                    llvm::ArrayRef<std::string> Headings) {
  OS << "<table class=\"means\">\n<thead><tr><th scope=\"col\" "
        "colspan=\"2\">Fråga</th>";
  for (size_t I = 0; I < Groups.size(); ++I)
    OS << "<th scope=\"col\">" << report::html(Headings[I]) << "<small>"
       << Groups[I]->Cases << (Groups[I]->Cases == 1 ? " ärende" : " ärenden")
       << "</small></th>";
  OS << "</tr></thead>\n<tbody>\n";
  for (const QuestionInfo &Q : R.TemplateQuestions) {
    OS << "<tr><th scope=\"row\" class=\"qid\">" << report::html(Q.Id)
       << "</th><td>" << report::html(Q.Title) << "</td>";
    for (const GroupResult *G : Groups)
      writeMeanCell(OS, questionOf(*G, Q.Id));
    OS << "</tr>\n";
  }
  OS << "</tbody>\n</table>\n";
}

/// Horizontal bars of a group's områdespoäng on a 0–2 axis, each labelled
/// with its value and colour name.
void writeChart(llvm::raw_ostream &OS, const AuditResult &R,
                const GroupResult &G) {
  const unsigned Left = 48, Plot = 400, Right = 112, Top = 24, Row = 20;
  unsigned Rows = R.TemplateQuestions.size();
  unsigned Width = Left + Plot + Right, Height = Top + Rows * Row + 6;
  std::string Title = "Områdespoäng per fråga, " + groupName(G);
  OS << "<figure><figcaption>" << report::html(groupName(G)) << "</figcaption>\n"
     << "<svg class=\"bars\" viewBox=\"0 0 "
     << Width << ' ' << Height << "\" width=\"" << Width << "\" height=\""
     << Height << "\" role=\"img\" aria-label=\"" << report::html(Title) << "\">"
     << "<title>" << report::html(Title) << "</title>\n";
  static const char *const TickLabels[] = {"0", "0,5", "1", "1,5", "2"};
  for (unsigned Tick = 0; Tick <= 4; ++Tick) {
    unsigned X = Left + Tick * Plot / 4;
    OS << "<line x1=\"" << X << "\" y1=\"" << Top - 6 << "\" x2=\"" << X
       << "\" y2=\"" << Height - 4 << "\" stroke=\"#d8dde4\" stroke-width=\"1\"/>"
       << "<text x=\"" << X << "\" y=\"" << Top - 10
       << "\" font-size=\"11\" fill=\"#5b6472\" text-anchor=\"middle\">"
       << TickLabels[Tick]
       << "</text>\n";
  }
  for (unsigned I = 0; I < Rows; ++I) {
    const QuestionInfo &Info = R.TemplateQuestions[I];
    const GroupQuestion *Q = questionOf(G, Info.Id);
    unsigned Y = Top + I * Row;
    OS << "<g><title>" << report::html(Info.Id) << ' ' << report::html(Info.Title)
       << "</title><text x=\"" << Left - 8 << "\" y=\"" << Y + 14
       << "\" font-size=\"12\" font-weight=\"bold\" fill=\"#1f4e79\" "
          "text-anchor=\"end\">"
       << report::html(Info.Id) << "</text>";
    if (Q && Q->Mean) {
      double Length = std::max(0.0, std::min(2.0, *Q->Mean)) / 2.0 * Plot;
      OS << "<rect x=\"" << Left << "\" y=\"" << Y + 4 << "\" width=\""
         << llvm::format("%.1f", std::max(Length, 1.5)) << "\" height=\"12\" rx=\"2\" fill=\""
         << barFill(Q->Colour) << "\"/><text x=\""
         << llvm::format("%.1f", Left + Length + 6) << "\" y=\"" << Y + 14
         << "\" font-size=\"12\" fill=\"#1d2430\"><tspan font-weight=\"bold\">"
         << report::formatMean(*Q->Mean) << "</tspan> " << report::colourLabel(Q->Colour)
         << "</text>";
    } else {
      OS << "<text x=\"" << Left + 6 << "\" y=\"" << Y + 14
         << "\" font-size=\"12\" fill=\"#5b6472\">ej tillämplig</text>";
    }
    OS << "</g>\n";
  }
  OS << "</svg></figure>\n";
}

void writeFinding(llvm::raw_ostream &OS, const Finding &F) {
  OS << "<li class=\"finding sev-" << severityName(F.Level) << "\">"
     << "<span class=\"sev\">" << report::severityLabel(F.Level) << "</span>"
     << "<code class=\"loc\">" << report::html(report::findingLocation(F)) << "</code>"
     << "<span class=\"msg\">" << report::html(F.Message) << "</span>"
     << "<span class=\"rule\">Regel " << report::html(F.Rule);
  if (!F.Code.empty())
    OS << " (" << report::html(F.Code) << ")";
  OS << "</span>";
  if (!F.SourceLine.empty() && F.Line) {
    llvm::StringRef Line = F.SourceLine;
    size_t Begin = byteOfColumn(Line, F.Column);
    size_t End = F.EndLine == F.Line && F.EndColumn > F.Column
                     ? byteOfColumn(Line, F.EndColumn)
                     : Line.size();
    End = std::max(Begin, End);
    // Indentation (of XML, mostly) only pushes the marked text away.
    size_t Indent = std::min(Begin, Line.size() - Line.ltrim(" \t").size());
    OS << "<pre class=\"src\"><span class=\"ln\">" << F.Line << "</span>"
       << report::html(Line.slice(Indent, Begin)) << "<mark>"
       << report::html(Line.slice(Begin, End)) << "</mark>"
       << report::html(Line.substr(End)) << "</pre>";
  }
  if (!F.Suggestion.empty())
    OS << "<div class=\"suggestion\">Förslag: <q>" << report::html(F.Suggestion)
       << "</q></div>";
  OS << "</li>\n";
}

void writeFindings(llvm::raw_ostream &OS, llvm::ArrayRef<const Finding *> Findings) {
  OS << "<ul class=\"findings\">\n";
  for (const Finding *F : Findings)
    writeFinding(OS, *F);
  OS << "</ul>\n";
}

void writeCase(llvm::raw_ostream &OS, const AuditResult &R, const CaseResult &C,
               size_t Index) {
  OS << "<article class=\"case\" id=\"arende-" << Index << "\">\n<h3>Ärende "
     << report::html(C.Id) << "<span class=\"sub\">" << report::html(report::avdelningLabel(C.Avdelning));
  if (!C.Enhet.empty())
    OS << " / " << report::html(C.Enhet);
  if (!C.Lagrum.empty())
    OS << " · " << report::html(C.Lagrum);
  OS << "</span></h3>\n<p class=\"meta\">";
  if (!C.Questions.empty()) {
    unsigned Counts[3] = {0, 0, 0}, Null = 0;
    for (const QuestionScore &Q : C.Questions)
      if (Q.Score && *Q.Score >= 0 && *Q.Score <= 2)
        ++Counts[*Q.Score];
      else
        ++Null;
    OS << Counts[2] << " uppfyllda, " << Counts[1] << " delvis, " << Counts[0]
       << " ej uppfyllda, " << Null << " ej tillämpliga · ";
  }
  OS << C.Findings.size() << " fynd · Filer: ";
  for (size_t I = 0; I < C.Files.size(); ++I)
    OS << (I ? ", " : "") << "<code>" << report::html(C.Files[I]) << "</code>";
  OS << "</p>\n";

  report::QuestionFindings Sorted = report::findingsByQuestion(C);
  if (!C.Questions.empty()) {
    OS << "<table class=\"case-scores\">\n<thead><tr><th scope=\"col\" "
          "colspan=\"2\">Fråga</th>"
          "<th scope=\"col\">Poäng</th></tr></thead>\n<tbody>\n";
    for (size_t I = 0; I < C.Questions.size(); ++I) {
      const QuestionScore &Q = C.Questions[I];
      bool HasFindings = !Sorted.ByQuestion[I].empty();
      OS << "<tr class=\"q" << (HasFindings ? " has-findings" : "")
         << "\"><th scope=\"row\" class=\"qid\">" << report::html(Q.Id)
         << "</th><td>" << report::html(report::questionTitle(R, Q.Id)) << "</td>"
         << "<td class=\"score-cell\"><span class=\"score " << scoreClass(Q)
         << "\">" << (Q.Score ? report::scoreLabel(Q.Score) : "ej tillämplig")
         << "</span>";
      if (!Q.Score && !Q.Reason.empty())
        OS << "<span class=\"reason\">" << report::html(Q.Reason) << "</span>";
      OS << "</td></tr>\n";
      if (HasFindings) {
        OS << "<tr class=\"findings\"><td colspan=\"3\">";
        writeFindings(OS, Sorted.ByQuestion[I]);
        OS << "</td></tr>\n";
      }
    }
    OS << "</tbody>\n</table>\n";
  }
  if (!Sorted.Other.empty()) {
    OS << "<h4>" << (C.Questions.empty() ? "Fynd" : "Övriga fynd") << "</h4>\n";
    writeFindings(OS, Sorted.Other);
  }
  OS << "</article>\n";
}

} // namespace

void writeHtmlReport(const AuditResult &R, llvm::raw_ostream &OS) {
  // Avdelningar in the groups' (Swedish) order, then any only cases name.
  std::vector<std::string> Avdelningar;
  auto Known = [&](const std::string &A) {
    return llvm::is_contained(Avdelningar, A);
  };
  for (const GroupResult &G : R.Groups)
    if (!Known(G.Avdelning))
      Avdelningar.push_back(G.Avdelning);
  // One pass over the cases, which may be read back from disk (CaseList):
  // which are in each avdelning, and how many findings there are.
  std::vector<std::string> AvdelningOf;
  size_t Findings = 0;
  for (const CaseResult &C : R.Cases) {
    if (!Known(C.Avdelning))
      Avdelningar.push_back(C.Avdelning);
    AvdelningOf.push_back(C.Avdelning);
    Findings += C.Findings.size();
  }

  OS << "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        "<meta name=\"generator\" content=\"ibic-audit " IBIC_AUDIT_VERSION "\"/>\n"
        "<title>Förgranskning av IBIC-dokumentation</title>\n<style>"
     << Style << "</style>\n</head>\n<body>\n";

  OS << "<header class=\"report-head\">\n<h1>Förgranskning av "
        "IBIC-dokumentation</h1>\n<p class=\"meta\">Granskningsmall "
     << report::html(R.TemplateId) << " version " << report::html(R.TemplateVersion)
     << " · ibic-audit " IBIC_AUDIT_VERSION "</p>\n<ul class=\"totals\">"
     << "<li><strong>" << R.Cases.size() << "</strong>"
     << (R.Cases.size() == 1 ? "ärende" : "ärenden") << "</li>"
     << "<li><strong>" << Avdelningar.size() << "</strong>"
     << (Avdelningar.size() == 1 ? "avdelning" : "avdelningar") << "</li>"
     << "<li><strong>" << Findings << "</strong>fynd</li>"
     << "<li><strong>" << R.unreadFiles() << "</strong>"
     << (R.unreadFiles() == 1 ? "fil som inte kunde läsas"
                              : "filer som inte kunde läsas")
     << "</li>";
  if (size_t Remarks = R.remarks())
    OS << "<li><strong>" << Remarks << "</strong>"
       << (Remarks == 1 ? "anmärkning om indata" : "anmärkningar om indata") << "</li>";
  OS << "</ul>\n";
  if (!R.Groups.empty())
    OS << "<p class=\"legend\">Områdespoängen är medelvärdet av frågans poäng "
          "(0 ej uppfyllt, 1 delvis uppfyllt, 2 uppfyllt) över de ärenden där "
          "frågan är tillämplig, med färg och namn: "
          "<span class=\"chip gron\">grön</span> "
          "<span class=\"chip gul\">gul</span> "
          "<span class=\"chip rod\">röd</span> "
          "enligt gränserna i konfigurationen. n är antalet ärenden som "
          "medelvärdet bygger på.</p>\n";
  OS << "<nav class=\"toc\">Avdelningar: ";
  for (size_t I = 0; I < Avdelningar.size(); ++I)
    OS << (I ? " · " : "") << "<a href=\"#avdelning-" << I << "\">"
       << report::html(report::avdelningLabel(Avdelningar[I])) << "</a>";
  OS << "</nav>\n</header>\n";

  // Lost input and remarks on input that was audited anyway, apart: a
  // reader must not take a remark for a file that was left out.
  auto Diagnostics = [&](bool Audited, llvm::StringRef Title, llvm::StringRef Note) {
    if (llvm::none_of(R.Errors, [&](const Diagnostic &D) { return D.Audited == Audited; }))
      return;
    OS << "<section class=\"errors\">\n<h2>" << Title << "</h2>\n<ul>\n";
    for (const Diagnostic &D : R.Errors) {
      if (D.Audited != Audited)
        continue;
      OS << "<li><code>" << report::html(D.File);
      if (D.Line)
        OS << ':' << D.Line << ':' << D.Column;
      OS << "</code> " << report::html(D.Message) << "</li>\n";
    }
    OS << "</ul>\n<p class=\"note\">" << Note << "</p>\n</section>\n";
  };
  Diagnostics(false, "Filer som inte kunde läsas", "Övriga filer granskades.");
  Diagnostics(true, "Anmärkningar om indata", "Filerna granskades ändå.");

  std::vector<const GroupResult *> Totals;
  std::vector<std::string> TotalNames;
  for (const GroupResult &G : R.Groups)
    if (!G.Enhet) {
      Totals.push_back(&G);
      TotalNames.push_back(report::avdelningLabel(G.Avdelning));
    }
  if (Totals.size() > 1) {
    OS << "<section class=\"overview\">\n<h2>Översikt per avdelning</h2>\n";
    writeMeanTable(OS, R, Totals, TotalNames);
    OS << "</section>\n";
  }

  for (size_t A = 0; A < Avdelningar.size(); ++A) {
    const std::string &Avdelning = Avdelningar[A];
    OS << "<section class=\"avdelning\" id=\"avdelning-" << A << "\">\n<h2>"
       << report::html(report::avdelningLabel(Avdelning)) << "</h2>\n";
    std::vector<const GroupResult *> Groups;
    std::vector<std::string> Names;
    for (const GroupResult &G : R.Groups)
      if (G.Avdelning == Avdelning) {
        Groups.push_back(&G);
        Names.push_back(G.Enhet ? *G.Enhet : "Hela avdelningen");
      }
    if (!Groups.empty() && !R.TemplateQuestions.empty()) {
      OS << "<h3>Områdespoäng per fråga</h3>\n";
      writeMeanTable(OS, R, Groups, Names);
      OS << "<div class=\"charts\">\n";
      for (const GroupResult *G : Groups)
        writeChart(OS, R, *G);
      OS << "</div>\n";
    }
    OS << "<h3>Ärenden</h3>\n";
    for (size_t I = 0; I < R.Cases.size(); ++I)
      if (AvdelningOf[I] == Avdelning)
        writeCase(OS, R, R.Cases.load(I), I);
    OS << "</section>\n";
  }
  OS << "</body>\n</html>\n";
}

} // namespace ibic
