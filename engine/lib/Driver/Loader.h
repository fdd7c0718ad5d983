//===- Loader.h - Reading and compiling the rules folder ------------------===//
#ifndef IBIC_DRIVER_LOADER_H
#define IBIC_DRIVER_LOADER_H

#include "Config/Files.h"
#include "Rules/RuleSet.h"
#include "Scoring/Template.h"
#include "ibic/Engine.h"

namespace ibic {

struct Engine::Impl {
  YamlSources Sources;
  std::unique_ptr<Reference> Ref;
  RuleSet Rules;
  Template Questions;
  std::vector<RuleInfo> Infos;
  Severity FailOn = Severity::Error;
  Limits InputLimits;
};

/// Fills \p I from the rules folder and configuration; problems go to
/// \p Errors with file:line:column.
void loadEngine(const EngineOptions &Options, Engine::Impl &I,
                std::vector<Diagnostic> &Errors);

} // namespace ibic

#endif
