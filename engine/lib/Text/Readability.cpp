#include "Readability.h"

#include "Support/SourceFile.h"

#include "llvm/ADT/STLExtras.h"

namespace ibic {

void Readability::add(llvm::StringRef Text, llvm::ArrayRef<Token> Tokens,
                      unsigned SentenceCount) {
  Sentences += SentenceCount;
  for (const Token &T : Tokens) {
    llvm::StringRef Piece = Text.slice(T.Begin, T.End);
    if (llvm::all_of(Piece, [](char C) { return C >= '0' && C <= '9'; }))
      continue;
    ++Words;
    LongWords += countCodePoints(Piece) > 6;
  }
}

void Readability::add(const Readability &Other) {
  Words += Other.Words;
  LongWords += Other.LongWords;
  Sentences += Other.Sentences;
}

double Readability::lix() const {
  if (!Words || !Sentences)
    return 0;
  return double(Words) / Sentences + 100.0 * LongWords / Words;
}

} // namespace ibic
