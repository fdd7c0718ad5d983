#include "ibic/Result.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

namespace ibic {

llvm::StringRef severityName(Severity S) {
  switch (S) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Info:
    break;
  }
  return "info";
}

std::optional<Severity> parseSeverity(llvm::StringRef Name) {
  for (Severity S : {Severity::Info, Severity::Warning, Severity::Error})
    if (Name == severityName(S))
      return S;
  return std::nullopt;
}

llvm::StringRef trafficLightName(TrafficLight C) {
  switch (C) {
  case TrafficLight::Gron:
    return "grön";
  case TrafficLight::Gul:
    return "gul";
  case TrafficLight::Rod:
    break;
  }
  return "röd";
}

std::optional<TrafficLight> parseTrafficLight(llvm::StringRef Name) {
  for (TrafficLight C : {TrafficLight::Gron, TrafficLight::Gul, TrafficLight::Rod})
    if (Name == trafficLightName(C))
      return C;
  return std::nullopt;
}

bool AuditResult::hasFindingAtLeast(Severity FailOn) const {
  return Cases.anyFindingAtLeast(FailOn);
}

size_t AuditResult::unreadFiles() const {
  llvm::StringSet<> Files;
  for (const Diagnostic &D : Errors)
    if (!D.Audited)
      Files.insert(D.File);
  return Files.size();
}

size_t AuditResult::remarks() const {
  return llvm::count_if(Errors, [](const Diagnostic &D) { return D.Audited; });
}

} // namespace ibic
