#include "Template.h"

#include "Text/Collation.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <cmath>
#include <map>
#include <set>

namespace ibic {

bool Evidence::names(llvm::StringRef RuleId) const {
  llvm::StringRef Pattern = Rule;
  if (Pattern.consume_back("*"))
    return RuleId.startswith(Pattern);
  return RuleId == Rule;
}

bool Evidence::matches(const RawFinding &F) const {
  return F.Rule->Level >= MinSeverity && names(F.Rule->Id);
}

std::vector<const void *> UnitSelector::collect(const Case &C) const {
  std::vector<const void *> Units;
  if (Of == Kind::None || Of == Kind::Observed)
    return Units;
  for (const Document &D : C.Documents) {
    if (Of == Kind::Notes) {
      if (D.Role == DocumentRole::Note)
        Units.push_back(&D);
      continue;
    }
    if (!Documents.matches(D))
      continue;
    D.forEachSection([&](const Section &S) {
      if (Sections.matches(S))
        Units.push_back(&S);
    });
  }
  return Units;
}

llvm::StringRef UnitSelector::noun() const {
  switch (Of) {
  case Kind::Notes:
    return "anteckningar";
  case Kind::Sections:
    return "avsnitt";
  case Kind::Observed:
    return "bedömda delar";
  case Kind::None:
    break;
  }
  return "enheter";
}

bool Question::appliesTo(llvm::StringRef DocumentType) const {
  return llvm::is_contained(AppliesTo, DocumentType);
}

Template Template::compile(const TemplateFile &File,
                           const std::vector<QuestionFile> &Files,
                           const Reference &Ref,
                           llvm::ArrayRef<std::string> RuleIds, ErrorFn Error) {
  Template T;
  T.Id = File.Id;
  T.Version = File.Version;
  T.Colours = File.Colours;
  auto DocumentTypes = [&](const std::vector<Located> &List) {
    std::vector<std::string> Types;
    for (const Located &L : List) {
      if (auto Slug = Ref.documentType(L.Value))
        Types.push_back(*Slug);
      else
        Error(L.Loc, "okänd dokumenttyp '" + L.Value + "'");
    }
    return Types;
  };
  auto Selector = [](const llvm::Optional<SectionSelectorSpec> &S) {
    return S ? SectionSelector::from(*S) : SectionSelector{};
  };
  for (const QuestionFile &F : Files) {
    Question Q;
    Q.Id = F.Id.Value;
    Q.Title = F.Title;
    Q.Part = F.Part;
    Q.AppliesTo = DocumentTypes(F.AppliesTo);
    Q.NotApplicable = F.NotApplicable;
    llvm::StringRef Method = F.Method.Value;
    if (Method.empty() || Method == "worst-finding")
      Q.Method = ScoringMethod::WorstFinding;
    else if (Method == "finding-count")
      Q.Method = ScoringMethod::FindingCount;
    else if (Method == "share")
      Q.Method = ScoringMethod::Share;
    else
      Error(F.Method.Loc, "okänd metod '" + Method.str() +
                              "': använd worst-finding, finding-count eller share");
    for (const EvidenceSpec &E : F.Evidence) {
      Evidence Ev;
      Ev.Rule = E.Rule.Value;
      Ev.Score = E.Score;
      Ev.PartialScore = E.PartialScore.getValueOr(E.Score);
      if (E.Score < 0 || E.Score > 2 || Ev.PartialScore < 0 || Ev.PartialScore > 2)
        Error(E.Rule.Loc, "score och partial-score ska vara 0, 1 eller 2");
      if (!E.MinSeverity.empty()) {
        if (auto S = parseSeverity(E.MinSeverity.Value))
          Ev.MinSeverity = *S;
        else
          Error(E.MinSeverity.Loc, "okänd allvarlighetsgrad '" +
                                       E.MinSeverity.Value + "'");
      }
      if (!llvm::StringRef(Ev.Rule).endswith("*") &&
          !llvm::is_contained(RuleIds, Ev.Rule))
        Error(E.Rule.Loc, "okänd regel '" + Ev.Rule + "'");
      Q.EvidenceRules.push_back(std::move(Ev));
    }
    bool IsCount = Q.Method == ScoringMethod::FindingCount;
    Q.Level2 = F.Levels.Two.getValueOr(IsCount ? 0 : 1.0);
    Q.Level1 = F.Levels.One.getValueOr(IsCount ? 2 : 0.0);
    const UnitsSpec &U = F.Units;
    if (U.Notes)
      Q.Units.Of = UnitSelector::Kind::Notes;
    if (U.Observed)
      Q.Units.Of = UnitSelector::Kind::Observed;
    if (U.Sections) {
      Q.Units.Of = UnitSelector::Kind::Sections;
      Q.Units.Documents.Types = DocumentTypes(U.Sections->DocumentTypes);
      Q.Units.Sections = Selector(U.Sections->Section);
    }
    if (Q.Method == ScoringMethod::Share && Q.Units.Of == UnitSelector::Kind::None)
      Error(F.Id.Loc, "metoden share kräver units");
    if (F.NoUnits.Value == "null")
      Q.NoUnits.reset();
    else if (!F.NoUnits.empty()) {
      int Score;
      if (llvm::StringRef(F.NoUnits.Value).getAsInteger(10, Score) || Score < 0 ||
          Score > 2)
        Error(F.NoUnits.Loc, "no-units ska vara 0, 1, 2 eller null");
      else
        Q.NoUnits = Score;
    }
    // A null score always says why.
    Q.NoUnitsReason = F.NoUnitsReason.empty()
                          ? "inga " + Q.Units.noun().str() + " att bedöma"
                          : F.NoUnitsReason;
    T.Questions.push_back(std::move(Q));
  }
  for (const std::string &Rule : RuleIds)
    for (const Question &Q : T.Questions)
      if (llvm::any_of(Q.EvidenceRules,
                       [&](const Evidence &E) { return E.names(Rule); }))
        T.QuestionsOfRule[Rule].push_back(Q.Id);
  return T;
}

llvm::ArrayRef<std::string> Template::questionsOf(llvm::StringRef RuleId) const {
  auto It = QuestionsOfRule.find(RuleId);
  if (It == QuestionsOfRule.end())
    return {};
  return It->getValue();
}

llvm::StringRef Template::questionFor(llvm::StringRef RuleId,
                                      llvm::StringRef DocumentType) const {
  llvm::ArrayRef<std::string> Named = questionsOf(RuleId);
  for (const std::string &Id : Named)
    for (const Question &Q : Questions)
      if (Q.Id == Id && Q.appliesTo(DocumentType))
        return Id;
  return Named.empty() ? llvm::StringRef() : llvm::StringRef(Named.front());
}

std::vector<QuestionScore> Template::score(
    const Case &C, const std::vector<RawFinding> &Findings,
    const std::function<std::string(const RawFinding &)> &Where) const {
  std::vector<QuestionScore> Scores;
  for (const Question &Q : Questions) {
    QuestionScore S;
    S.Id = Q.Id;
    bool Applies = llvm::any_of(
        C.Documents, [&](const Document &D) { return Q.appliesTo(D.Type); });
    if (!Applies) {
      S.Reason = Q.NotApplicable;
      Scores.push_back(std::move(S));
      continue;
    }
    if (Q.EvidenceRules.empty()) {
      S.Reason = "ingen regel ännu";
      Scores.push_back(std::move(S));
      continue;
    }
    std::vector<const RawFinding *> Relevant;
    std::vector<int> Caps;
    std::vector<const void *> Observed;
    for (size_t I = 0; I < Findings.size(); ++I) {
      const RawFinding &F = Findings[I];
      if (!Q.appliesTo(F.Doc->Type))
        continue;
      auto E = llvm::find_if(Q.EvidenceRules,
                             [&](const Evidence &E) { return E.matches(F); });
      if (E == Q.EvidenceRules.end())
        continue;
      if (F.Observation) {
        Observed.push_back(F.Unit);
        continue;
      }
      Relevant.push_back(&F);
      Caps.push_back(F.Partial ? E->PartialScore : E->Score);
    }
    for (const RawFinding *F : Relevant)
      S.Evidence.push_back(F->Rule->Id + " (" + Where(*F) + ")");

    switch (Q.Method) {
    case ScoringMethod::WorstFinding:
      S.Score = Caps.empty() ? 2 : *std::min_element(Caps.begin(), Caps.end());
      break;
    case ScoringMethod::FindingCount: {
      double N = Relevant.size();
      S.Score = N <= Q.Level2 ? 2 : N <= Q.Level1 ? 1 : 0;
      S.Evidence.insert(S.Evidence.begin(),
                        std::to_string(Relevant.size()) + " fynd räknas");
      break;
    }
    case ScoringMethod::Share: {
      std::vector<const void *> Units;
      if (Q.Units.Of == UnitSelector::Kind::Observed) {
        Units = Observed;
        for (const RawFinding *F : Relevant)
          if (!llvm::is_contained(Units, F->Unit))
            Units.push_back(F->Unit);
      } else {
        Units = Q.Units.collect(C);
      }
      // A finding about no unit (a whole document without any) caps the
      // share's score like a worst-finding question.
      std::set<const void *> Bad;
      std::optional<int> Cap;
      for (size_t N = 0; N < Relevant.size(); ++N) {
        if (Caps[N] == 2) // A hint: listed as evidence, costs nothing.
          continue;
        if (llvm::is_contained(Units, Relevant[N]->Unit))
          Bad.insert(Relevant[N]->Unit);
        else
          Cap = std::min(Cap.value_or(2), Caps[N]);
      }
      if (Units.empty()) {
        S.Score = Cap ? Cap : Q.NoUnits;
        S.Reason = S.Score ? "" : Q.NoUnitsReason;
        S.Evidence.insert(S.Evidence.begin(),
                          "inga " + Q.Units.noun().str() + " att bedöma");
        break;
      }
      size_t Good = llvm::count_if(
          Units, [&](const void *U) { return !Bad.count(U); });
      double Share = double(Good) / Units.size();
      S.Score = Share >= Q.Level2 ? 2 : Share >= Q.Level1 ? 1 : 0;
      if (Cap)
        S.Score = std::min(*S.Score, *Cap);
      S.Evidence.insert(S.Evidence.begin(),
                        std::to_string(Good) + " av " +
                            std::to_string(Units.size()) + " " +
                            Q.Units.noun().str() + " utan brist (" +
                            std::to_string(int(std::lround(Share * 100))) +
                            " %)");
      break;
    }
    }
    if (S.Evidence.empty())
      S.Evidence.push_back("inga brister funna");
    Scores.push_back(std::move(S));
  }
  return Scores;
}

TrafficLight Template::colourOf(double Mean) const {
  return Mean >= Colours.Gron  ? TrafficLight::Gron
         : Mean >= Colours.Gul ? TrafficLight::Gul
                               : TrafficLight::Rod;
}

std::vector<GroupResult>
Template::aggregate(const CaseList &Cases) const {
  struct Tally {
    unsigned Cases = 0;
    std::map<std::string, std::pair<double, unsigned>> Sums;
  };
  using Key = std::pair<std::string, std::optional<std::string>>;
  std::map<Key, Tally> Groups;
  for (const CaseResult &C : Cases)
    for (const Key &K : {Key{C.Avdelning, std::nullopt}, Key{C.Avdelning, C.Enhet}}) {
      if (K.second && K.second->empty())
        continue;
      Tally &T = Groups[K];
      ++T.Cases;
      for (const QuestionScore &Q : C.Questions)
        if (Q.Score) {
          T.Sums[Q.Id].first += *Q.Score;
          ++T.Sums[Q.Id].second;
        }
    }
  std::vector<GroupResult> Result;
  for (auto &[K, T] : Groups) {
    GroupResult G;
    G.Avdelning = K.first;
    G.Enhet = K.second;
    G.Cases = T.Cases;
    for (const Question &Q : Questions) {
      GroupQuestion GQ;
      GQ.Id = Q.Id;
      auto It = T.Sums.find(Q.Id);
      if (It != T.Sums.end() && It->second.second) {
        GQ.N = It->second.second;
        GQ.Mean = std::round(It->second.first / GQ.N * 100) / 100;
        GQ.Colour = colourOf(*GQ.Mean);
      }
      G.Questions.push_back(std::move(GQ));
    }
    Result.push_back(std::move(G));
  }
  const Collator &Swedish = Collator::swedish();
  std::stable_sort(Result.begin(), Result.end(),
                   [&](const GroupResult &A, const GroupResult &B) {
                     if (int C = Swedish.compare(A.Avdelning, B.Avdelning))
                       return C < 0;
                     if (A.Enhet.has_value() != B.Enhet.has_value())
                       return !A.Enhet.has_value();
                     return A.Enhet && Swedish.compare(*A.Enhet, *B.Enhet) < 0;
                   });
  return Result;
}

} // namespace ibic
