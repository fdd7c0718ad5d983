//===- Baseline.cpp - Fingerprints and the baseline filter ----------------===//
#include "ibic/Baseline.h"

#include "Support/Limits.h"
#include "Support/SourceFile.h"
#include "Text/Identifiers.h"
#include "Text/Normalize.h"
#include "Text/Segmenter.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SHA1.h"

#include <algorithm>
#include <tuple>

namespace ibic {
namespace {

constexpr llvm::StringLiteral BaselineSchema = "ibic-audit/baseline/1";
constexpr llvm::StringLiteral ReportSchema = "ibic-audit/report/1";

/// White space as Unicode has it in running text: ASCII, the Unicode
/// spaces an editor may leave behind, and the line and paragraph separators.
size_t spaceAt(llvm::StringRef Text, size_t At) {
  unsigned char C = Text[At];
  if (C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' || C == '\v')
    return 1;
  if (C < 0xC2)
    return 0;
  llvm::StringRef Rest = Text.substr(At);
  if (Rest.startswith("\xE2\x80\xA8") || Rest.startswith("\xE2\x80\xA9"))
    return 3;
  return unicodeSpaceLength(Text, At);
}

std::string collapseSpace(llvm::StringRef Text) {
  std::string Out;
  bool Pending = false;
  for (size_t At = 0; At < Text.size();) {
    if (size_t N = spaceAt(Text, At)) {
      Pending = !Out.empty();
      At += N;
      continue;
    }
    if (Pending)
      Out += ' ';
    Pending = false;
    Out += Text[At++];
  }
  return Out;
}

llvm::Error failure(llvm::StringRef Name, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "baslinjen " + Name + ": " + Why);
}

void add(Baseline &B, llvm::StringRef Fingerprint) { ++B.Counts[Fingerprint]; }

} // namespace

std::string fingerprintFinding(llvm::StringRef Rule, llvm::StringRef Case,
                               llvm::StringRef Document,
                               llvm::StringRef SpanText) {
  std::string Text = collapseSpace(foldText(maskIdentifiers(SpanText)));
  llvm::SHA1 Hash;
  // The separator cannot occur in ids or UTF-8 text, so fields never run
  // into each other ("a"+"bc" and "ab"+"c" differ).
  for (llvm::StringRef Part : {Rule, Case, Document, llvm::StringRef(Text)}) {
    Hash.update(Part);
    Hash.update(llvm::StringRef("\xFF", 1));
  }
  llvm::StringRef Digest = Hash.final();
  return llvm::toHex(Digest.take_front(8), /*LowerCase=*/true);
}

size_t Baseline::size() const {
  size_t N = 0;
  for (const auto &Entry : Counts)
    N += Entry.getValue();
  return N;
}

llvm::Expected<Baseline> parseBaseline(llvm::StringRef Name,
                                       llvm::StringRef Text) {
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return failure(Name, "är inte giltig JSON (" +
                             llvm::toString(Parsed.takeError()) + ")");
  const llvm::json::Object *Top = Parsed->getAsObject();
  llvm::Optional<llvm::StringRef> Schema =
      Top ? Top->getString("schema") : llvm::None;
  if (!Schema)
    return failure(Name, "saknar \"schema\"; ange en rapport från --format "
                         "json eller en fil från --write-baseline");
  Baseline B;
  auto Take = [&](const llvm::json::Value &V) -> llvm::Error {
    const llvm::json::Object *F = V.getAsObject();
    llvm::Optional<llvm::StringRef> Print =
        F ? F->getString("fingerprint") : llvm::None;
    if (!Print || Print->empty())
      return failure(Name, "ett fynd saknar \"fingerprint\" (rapporten är "
                           "skriven av en äldre version); skriv en ny "
                           "baslinje med --write-baseline");
    add(B, *Print);
    return llvm::Error::success();
  };
  if (*Schema == BaselineSchema) {
    const llvm::json::Array *Findings = Top->getArray("findings");
    if (!Findings)
      return failure(Name, "saknar listan \"findings\"");
    for (const llvm::json::Value &F : *Findings)
      if (llvm::Error E = Take(F))
        return E;
    return B;
  }
  if (*Schema == ReportSchema) {
    const llvm::json::Array *Cases = Top->getArray("cases");
    if (!Cases)
      return failure(Name, "saknar listan \"cases\"");
    for (const llvm::json::Value &C : *Cases) {
      const llvm::json::Object *CO = C.getAsObject();
      const llvm::json::Array *Findings =
          CO ? CO->getArray("findings") : nullptr;
      if (!Findings)
        continue;
      for (const llvm::json::Value &F : *Findings)
        if (llvm::Error E = Take(F))
          return E;
    }
    return B;
  }
  return failure(Name, "har okänt schema \"" + *Schema + "\" (väntade " +
                           BaselineSchema + " eller " + ReportSchema + ")");
}

llvm::Expected<Baseline> readBaseline(llvm::StringRef Path) {
  // Not mapped, and never a FIFO or device, which could block or not end.
  uint64_t MaxBytes = Limits().MaxFileBytes;
  llvm::Expected<std::string> Bytes = readRegularFile(Path, MaxBytes);
  if (!Bytes)
    return failure(Path,
                   "kunde inte läsas: " + llvm::toString(Bytes.takeError()));
  if (Bytes->size() > MaxBytes)
    return failure(Path, "är större än " + std::to_string(MaxBytes >> 20) +
                             " MB; en baslinje är några MB");
  return parseBaseline(Path, *Bytes);
}

Baseline baselineOf(const AuditResult &R) {
  Baseline B;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings)
      add(B, F.Fingerprint);
  return B;
}

void writeBaseline(const AuditResult &R, llvm::raw_ostream &OS) {
  // Copies, not references: a spooled case lives only while it is visited.
  struct Entry {
    std::string Rule, Case, Document, Fingerprint;
  };
  std::vector<Entry> Entries;
  for (const CaseResult &C : R.Cases)
    for (const Finding &F : C.Findings)
      Entries.push_back({F.Rule, C.Id, F.Document, F.Fingerprint});
  // Sorted without positions: a baseline rewritten after unrelated edits
  // differs only where findings came or went.
  std::stable_sort(
      Entries.begin(), Entries.end(), [](const Entry &A, const Entry &B) {
        return std::tie(A.Case, A.Document, A.Rule, A.Fingerprint) <
               std::tie(B.Case, B.Document, B.Rule, B.Fingerprint);
      });
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("schema", BaselineSchema);
    J.attributeObject("template", [&] {
      J.attribute("id", R.TemplateId);
      J.attribute("version", R.TemplateVersion);
    });
    J.attributeArray("findings", [&] {
      for (const Entry &E : Entries)
        J.object([&] {
          J.attribute("rule", E.Rule);
          J.attribute("case", E.Case);
          J.attribute("document", E.Document);
          J.attribute("fingerprint", E.Fingerprint);
        });
    });
  });
  OS << '\n';
}

size_t applyBaseline(AuditResult &R, const Baseline &Old) {
  llvm::StringMap<unsigned> Left = Old.Counts;
  size_t Removed = 0;
  R.Cases.update([&](CaseResult &C) {
    std::vector<Finding> Kept;
    for (Finding &F : C.Findings) {
      auto It = Left.find(F.Fingerprint);
      if (It != Left.end() && It->getValue() > 0) {
        --It->getValue();
        ++Removed;
        continue;
      }
      Kept.push_back(std::move(F));
    }
    C.Findings = std::move(Kept);
  });
  R.KnownFindings += Removed;
  return Removed;
}

} // namespace ibic
