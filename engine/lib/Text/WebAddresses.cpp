#include "WebAddresses.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <tuple>

namespace ibic {

namespace {

bool hostCharacter(char C) { return llvm::isAlnum(C) || C == '.' || C == '-'; }

/// "1177.se", "example.com": letters, digits and hyphens in two or more
/// labels, the last a common top-level domain. Not "nu", which is also a
/// word ("sover.nu" lacks a space).
bool namesHost(llvm::StringRef Host) {
  if (Host.empty() || !llvm::all_of(Host, hostCharacter))
    return false;
  // Named variables, not a structured binding: C++17 lambdas cannot
  // capture one.
  llvm::StringRef Labels, Domain;
  std::tie(Labels, Domain) = Host.rsplit('.');
  if (Labels.empty() || Domain.empty() || Labels.back() == '.' || Labels.front() == '.' ||
      Domain.equals_insensitive("nu"))
    return false;
  return llvm::any_of(commonTopDomains(),
                      [&](llvm::StringRef D) { return Domain.equals_insensitive(D); });
}

bool isWebAddress(llvm::StringRef Chunk) {
  if (Chunk.contains("://") || Chunk.startswith_insensitive("www."))
    return true;
  return namesHost(Chunk.take_until([](char C) { return C == '/'; }));
}

} // namespace

llvm::ArrayRef<llvm::StringRef> commonTopDomains() {
  // "example" is reserved for examples (RFC 2606), which guidance and
  // fictional text use.
  static const llvm::StringRef Domains[] = {"se", "com", "org", "net", "nu",  "eu",
                                            "info", "io", "fi", "no", "dk", "gov",
                                            "edu", "example"};
  return Domains;
}

std::vector<std::pair<uint32_t, uint32_t>> webAddresses(llvm::StringRef Text) {
  std::vector<std::pair<uint32_t, uint32_t>> Found;
  // Only a chunk with a dot can be one; most paragraphs have none but the
  // full stops. A dot before a space or the end is a full stop unless it
  // ends an address with a scheme ("http://localhost."): a host ends in a
  // dot and letters, and "www." in more.
  constexpr llvm::StringLiteral Blanks = " \t\n";
  const bool Scheme = Text.contains("://");
  for (size_t Dot = Text.find('.'); Dot != llvm::StringRef::npos;) {
    if (!Scheme && (Dot + 1 == Text.size() || Blanks.contains(Text[Dot + 1]))) {
      Dot = Text.find('.', Dot + 1);
      continue;
    }
    size_t Begin = Text.find_last_of(Blanks, Dot);
    Begin = Begin == llvm::StringRef::npos ? 0 : Begin + 1;
    size_t End = Text.find_first_of(Blanks, Dot);
    End = End == llvm::StringRef::npos ? Text.size() : End;
    llvm::StringRef Chunk = Text.slice(Begin, End);
    Chunk = Chunk.ltrim("(<[\"");
    Chunk = Chunk.rtrim(".,;:!?)>]\"");
    for (llvm::StringRef Mark : {"”", "“", "»", "«"}) {
      Chunk.consume_front(Mark);
      Chunk.consume_back(Mark);
    }
    if (!Chunk.empty() && isWebAddress(Chunk)) {
      uint32_t From = Chunk.data() - Text.data();
      Found.push_back({From, uint32_t(From + Chunk.size())});
    }
    Dot = Text.find('.', End);
  }
  return Found;
}

} // namespace ibic
