#include "RuleSet.h"
#include "Rules/SpellingState.h"

#include <chrono>

namespace ibic {

void RuleSet::add(std::unique_ptr<Rule> R, llvm::ArrayRef<LexiconIndex::ListId> Lists) {
  R->setIndex(Rules.size());
  Rules.push_back(std::move(R));
  ListsOf.emplace_back(Lists.begin(), Lists.end());
}

void RuleSet::finish(const Reference &Ref) {
  size_t N = Lexicons.lists();
  Active.Always = llvm::BitVector(N);
  for (const NamedEntry &Type : Ref.data().DocumentTypes)
    Active.ByType[Type.Slug] = llvm::BitVector(N);
  for (size_t I = 0; I < Rules.size(); ++I) {
    const std::vector<std::string> &Types = Rules[I]->scope().Documents.Types;
    for (LexiconIndex::ListId L : ListsOf[I]) {
      if (Types.empty())
        Active.Always.set(L);
      for (auto &Entry : Active.ByType)
        if (Types.empty() || llvm::is_contained(Types, Entry.getKey()))
          Entry.getValue().set(L);
    }
  }
}

std::vector<std::unique_ptr<RuleState>> RuleSet::newAuditStates() const {
  std::vector<std::unique_ptr<RuleState>> States;
  AuditCaches Shared;
  for (const auto &R : Rules)
    States.push_back(R->newAuditState(Shared));
  return States;
}

bool RuleSet::check(const CaseAnalysis &C, RuleContext &Ctx,
                    ScopeBuffers &Buffers, std::vector<double> *Seconds,
                    std::chrono::steady_clock::time_point Deadline,
                    llvm::StringRef OnlyFile) const {
  using Clock = std::chrono::steady_clock;
  bool Late = false;
  unsigned Units = 0;
  for (const auto &R : Rules) {
    Clock::time_point Start;
    if (Seconds)
      Start = Clock::now();
    forEachUnit(R->scope(), C, Buffers, [&](const RuleUnit &U) {
      // Reading the clock for every unit would cost more than many checks.
      if (Late || (++Units % 64 == 0 && (Late = Clock::now() > Deadline)))
        return;
      R->check(U, Ctx);
    }, OnlyFile);
    if (Seconds)
      (*Seconds)[R->index()] +=
          std::chrono::duration<double>(Clock::now() - Start).count();
    if (Late || (Late = Clock::now() > Deadline))
      return false;
  }
  return true;
}

} // namespace ibic
