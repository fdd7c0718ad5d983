//===- ComparisonReport.cpp - Rounds and comparisons for people and Excel -===//
#include "ibic/Report.h"

#include "Report/ReportSupport.h"
#include "Support/SourceFile.h"

#include "llvm/Support/Format.h"

#include <cmath>
#include <ctime>

namespace ibic {
namespace {

/// Two decimals with a decimal comma: 1,20.
std::string decimal(double Value) { return report::formatMean(Value); }

std::string meanText(const std::optional<double> &Mean) {
  return Mean ? decimal(*Mean) : "–";
}

/// "+0,35", "−0,35" (a real minus sign) or "±0,00"; \p Plain gives "0,35"
/// and "-0,35", which Excel reads as numbers.
std::string changeText(double Change, bool Plain = false) {
  if (Plain)
    return decimal(Change);
  if (std::fabs(Change) < 0.005)
    return "±0,00";
  return (Change > 0 ? "+" : "−") + decimal(std::fabs(Change));
}

std::string colourChange(const ComparisonRow &R) {
  llvm::StringRef Before = report::colourLabel(R.ColourBefore);
  if (R.ColourBefore == R.ColourAfter)
    return Before.str();
  return (Before + " → " + report::colourLabel(R.ColourAfter)).str();
}

std::string groupName(const ComparisonRow &R) {
  std::string Name = R.Avdelning.empty() ? "(ingen avdelning)" : R.Avdelning;
  if (R.Enhet)
    Name += " / " + *R.Enhet;
  return Name;
}

bool sameGroup(const ComparisonRow &A, const ComparisonRow &B) {
  return A.Avdelning == B.Avdelning && A.Enhet == B.Enhet;
}

/// "2025-04-01 12:12" in local time from the stored UTC time.
std::string localTime(llvm::StringRef Utc) {
  std::tm Parsed{};
  std::string Text = Utc.str();
  if (!strptime(Text.c_str(), "%Y-%m-%dT%H:%M:%SZ", &Parsed))
    return Text;
  std::time_t When = timegm(&Parsed);
  std::tm Local{};
  localtime_r(&When, &Local);
  char Buffer[32];
  std::strftime(Buffer, sizeof(Buffer), "%Y-%m-%d %H:%M", &Local);
  return Buffer;
}

/// \p Text padded to \p Width code points, on the left when \p Right.
std::string pad(llvm::StringRef Text, unsigned Width, bool Right = false) {
  unsigned Length = countCodePoints(Text);
  std::string Space(Length < Width ? Width - Length : 0, ' ');
  return Right ? Space + Text.str() : Text.str() + Space;
}

void writeText(const Comparison &C, llvm::raw_ostream &OS) {
  OS << "Områdespoäng: " << C.Before.Name << " (" << localTime(C.Before.Created)
     << ") → " << C.After.Name << " (" << localTime(C.After.Created) << ")\n";
  for (size_t N = 0; N < C.Rows.size(); ++N) {
    const ComparisonRow &R = C.Rows[N];
    if (N == 0 || !sameGroup(C.Rows[N - 1], R))
      OS << '\n' << groupName(R) << '\n';
    std::optional<double> Change = R.change();
    OS << "  " << pad(R.Question, 5) << pad(meanText(R.Before), 4, true)
       << " → " << pad(meanText(R.After), 4) << "  "
       << pad(Change ? "(" + changeText(*Change) + ")" : "", 8) << "  "
       << colourChange(R) << '\n';
  }
  if (C.Rows.empty())
    OS << "\nIngen av omgångarna har några områdespoäng.\n";
}

/// An empty cell where a round has no colour.
llvm::StringRef csvColour(std::optional<TrafficLight> C) {
  return C ? trafficLightName(*C) : "";
}

void writeCsv(const Comparison &C, llvm::raw_ostream &OS) {
  // The byte order mark makes Excel read UTF-8; ';' and the decimal comma are
  // what Excel with Swedish settings expects; CRLF is what it writes itself.
  OS << "\xEF\xBB\xBF";
  OS << "Avdelning;Enhet;Fråga;Rubrik;" << report::csvText(C.Before.Name) << ';'
     << report::csvText(C.After.Name)
     << ";Förändring;Färg före;Färg efter;n före;n efter\r\n";
  for (const ComparisonRow &R : C.Rows) {
    std::optional<double> Change = R.change();
    OS << report::csvText(R.Avdelning) << ';' << report::csvText(R.Enhet ? *R.Enhet : "")
       << ';' << report::csvText(R.Question) << ';' << report::csvText(R.Title) << ';'
       << (R.Before ? decimal(*R.Before) : "") << ';'
       << (R.After ? decimal(*R.After) : "") << ';'
       << (Change ? changeText(*Change, /*Plain=*/true) : "") << ';'
       << csvColour(R.ColourBefore) << ';' << csvColour(R.ColourAfter) << ';'
       << R.NBefore << ';' << R.NAfter << "\r\n";
  }
}

/// A colour as a coloured label that also says the colour in words, so the
/// page reads the same printed in black and white or with colour blindness.
std::string colourChip(std::optional<TrafficLight> Colour) {
  if (!Colour)
    return "–";
  return ("<span class=\"farg " + report::colourClass(Colour) + "\">" +
          trafficLightName(*Colour) + "</span>")
      .str();
}

void writeHtml(const Comparison &C, llvm::raw_ostream &OS) {
  std::string Title =
      "Områdespoäng: " + report::htmlText(C.Before.Name) + " → " + report::htmlText(C.After.Name);
  OS << "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta "
        "charset=\"utf-8\">\n"
     << "<title>" << Title << "</title>\n<style>\n"
     << "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\n"
     << "table{border-collapse:collapse;margin-bottom:1.5em}\n"
     << "th,td{padding:.3em .7em;border-bottom:1px solid "
        "#ddd;text-align:left}\n"
     << "td.tal{text-align:right;font-variant-numeric:tabular-nums}\n"
     << ".farg{display:inline-block;min-width:3.2em;padding:0 .4em;"
        "border-radius:.3em;text-align:center;color:#000}\n"
     << ".gron{background:#a5d6a7}.gul{background:#fff176}.rod{background:#"
        "ef9a9a}\n"
     << ".upp{color:#1b5e20}.ned{color:#b71c1c}\n"
     << "</style>\n</head>\n<body>\n<h1>" << Title << "</h1>\n";
  for (const RoundSummary *R : {&C.Before, &C.After})
    OS << "<p>" << (R == &C.Before ? "Före" : "Efter") << ": <b>"
       << report::htmlText(R->Name) << "</b>, " << report::htmlText(localTime(R->Created)) << ", "
       << R->Cases << " ärenden, mall " << report::htmlText(R->TemplateId) << ' '
       << report::htmlText(R->TemplateVersion) << "</p>\n";
  if (C.Rows.empty())
    OS << "<p>Ingen av omgångarna har några områdespoäng.</p>\n";
  for (size_t N = 0; N < C.Rows.size(); ++N) {
    const ComparisonRow &R = C.Rows[N];
    if (N == 0 || !sameGroup(C.Rows[N - 1], R)) {
      if (N != 0)
        OS << "</tbody>\n</table>\n";
      OS << "<h2>" << report::htmlText(groupName(R)) << "</h2>\n<table>\n<thead><tr>"
         << "<th>Fråga</th><th>Rubrik</th><th>" << report::htmlText(C.Before.Name)
         << "</th><th>" << report::htmlText(C.After.Name)
         << "</th><th>Förändring</th><th>Färg</th><th>n</th></tr></thead>\n"
         << "<tbody>\n";
    }
    std::optional<double> Change = R.change();
    llvm::StringRef Direction = !Change || std::fabs(*Change) < 0.005 ? ""
                                : *Change > 0                         ? " upp"
                                                                      : " ned";
    OS << "<tr><td>" << report::htmlText(R.Question) << "</td><td>" << report::htmlText(R.Title)
       << "</td><td class=\"tal\">" << meanText(R.Before)
       << "</td><td class=\"tal\">" << meanText(R.After)
       << "</td><td class=\"tal" << Direction << "\">"
       << (Change ? changeText(*Change) : "") << "</td><td>"
       << colourChip(R.ColourBefore);
    if (R.ColourBefore != R.ColourAfter)
      OS << " → " << colourChip(R.ColourAfter);
    OS << "</td><td class=\"tal\">" << R.NBefore << " → " << R.NAfter
       << "</td></tr>\n";
  }
  if (!C.Rows.empty())
    OS << "</tbody>\n</table>\n";
  OS << "</body>\n</html>\n";
}

} // namespace

void writeComparison(const Comparison &C, ComparisonFormat Format,
                     llvm::raw_ostream &OS) {
  switch (Format) {
  case ComparisonFormat::Text:
    return writeText(C, OS);
  case ComparisonFormat::Csv:
    return writeCsv(C, OS);
  case ComparisonFormat::Html:
    return writeHtml(C, OS);
  }
}

void writeRounds(const std::vector<RoundSummary> &Rounds,
                 llvm::raw_ostream &OS) {
  if (Rounds.empty()) {
    OS << "Databasen har inga omgångar ännu.\n";
    return;
  }
  unsigned Width = 6;
  for (const RoundSummary &R : Rounds)
    Width = std::max(Width, countCodePoints(R.Name));
  OS << pad("Omgång", Width) << "  " << pad("Datum", 16) << "  Ärenden  Filer"
     << "   Fynd  Mall\n";
  for (const RoundSummary &R : Rounds)
    OS << pad(R.Name, Width) << "  " << pad(localTime(R.Created), 16) << "  "
       << pad(std::to_string(R.Cases), 7, true) << "  "
       << pad(std::to_string(R.Files), 5, true) << "  "
       << pad(std::to_string(R.Findings), 5, true) << "  " << R.TemplateId
       << ' ' << R.TemplateVersion
       << (R.Errors == 1 ? std::string(" (1 fil kunde inte läsas)")
           : R.Errors
               ? " (" + std::to_string(R.Errors) + " filer kunde inte läsas)"
               : std::string())
       << '\n';
}

} // namespace ibic
