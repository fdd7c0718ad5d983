//===- ReportSupport.cpp - What every report writer shares ----------------===//
#include "Report/ReportSupport.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

namespace ibic::report {

llvm::StringRef questionTitle(const AuditResult &R, llvm::StringRef Id) {
  for (const QuestionInfo &Q : R.TemplateQuestions)
    if (Q.Id == Id)
      return Q.Title;
  return "";
}

llvm::StringRef scoreLabel(std::optional<int> Score) {
  if (!Score || *Score < 0 || *Score > 2)
    return "–";
  static const char *const Names[] = {"0 ej uppfyllt", "1 delvis uppfyllt",
                                      "2 uppfyllt"};
  return Names[*Score];
}

llvm::StringRef severityLabel(Severity S) {
  switch (S) {
  case Severity::Error:
    return "fel";
  case Severity::Warning:
    return "varning";
  case Severity::Info:
    break;
  }
  return "info";
}

llvm::StringRef colourLabel(std::optional<TrafficLight> C) {
  return C ? trafficLightName(*C) : "–";
}

llvm::StringRef colourClass(std::optional<TrafficLight> C) {
  if (!C)
    return "none";
  switch (*C) {
  case TrafficLight::Gron:
    return "gron";
  case TrafficLight::Gul:
    return "gul";
  case TrafficLight::Rod:
    break;
  }
  return "rod";
}

std::string avdelningLabel(llvm::StringRef Avdelning) {
  return Avdelning.empty() ? "(ingen avdelning)" : Avdelning.str();
}

std::string formatMean(double Mean, char DecimalSeparator) {
  std::string Text;
  llvm::raw_string_ostream(Text) << llvm::format("%.2f", Mean);
  for (char &C : Text)
    if (C == '.')
      C = DecimalSeparator;
  return Text;
}

std::string findingLocation(const Finding &F) {
  if (!F.Line)
    return F.File;
  return F.File + ":" + std::to_string(F.Line) + ":" + std::to_string(F.Column);
}

std::string compilerStyle(const Finding &F) {
  return findingLocation(F) + ": " + severityName(F.Level).str() + ": " +
         F.Message + " [" + F.Rule + "]";
}

std::string withoutControlCharacters(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    unsigned char U = C;
    if ((U < 0x20 && U != '\t' && U != '\n' && U != '\r') || U == 0x7f)
      Out += "\xEF\xBF\xBD";
    else
      Out += C;
  }
  return Out;
}

QuestionFindings findingsByQuestion(const CaseResult &C) {
  QuestionFindings Out;
  Out.ByQuestion.resize(C.Questions.size());
  for (const Finding &F : C.Findings) {
    bool Placed = false;
    for (size_t I = 0; I < C.Questions.size() && !Placed; ++I)
      if (C.Questions[I].Score && C.Questions[I].Id == F.Question) {
        Out.ByQuestion[I].push_back(&F);
        Placed = true;
      }
    if (!Placed)
      Out.Other.push_back(&F);
  }
  return Out;
}

std::string csvText(llvm::StringRef Value) {
  std::string Text = withoutControlCharacters(Value);
  if (!Text.empty() && llvm::StringRef("=+-@\t\r").contains(Text.front()))
    Text.insert(0, "'");
  if (Text.find_first_of(";\"\r\n") == std::string::npos)
    return Text;
  std::string Quoted = "\"";
  for (char C : Text) {
    if (C == '"')
      Quoted += '"';
    Quoted += C;
  }
  return Quoted + "\"";
}

llvm::raw_ostream &operator<<(llvm::raw_ostream &OS, HtmlEscaped E) {
  for (char C : withoutControlCharacters(E.Text)) {
    switch (C) {
    case '&':
      OS << "&amp;";
      break;
    case '<':
      OS << "&lt;";
      break;
    case '>':
      OS << "&gt;";
      break;
    case '"':
      OS << "&quot;";
      break;
    case '\'':
      OS << "&#39;";
      break;
    default:
      OS << C;
    }
  }
  return OS;
}

std::string htmlText(llvm::StringRef Text) {
  std::string Out;
  llvm::raw_string_ostream(Out) << html(Text);
  return Out;
}

} // namespace ibic::report
