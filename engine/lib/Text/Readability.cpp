#include "Readability.h"

#include "Sentences.h"
#include "Words.h"

#include "Support/SourceFile.h"

#include "llvm/ADT/STLExtras.h"

namespace ibic {

void Readability::add(llvm::StringRef Text) {
  Sentences += splitSentences(Text).size();
  for (const Word &W : splitWords(Text)) {
    llvm::StringRef Piece = Text.slice(W.Begin, W.End);
    if (llvm::all_of(Piece, [](char C) { return C >= '0' && C <= '9'; }))
      continue;
    ++Words;
    LongWords += countCodePoints(Piece) > 6;
  }
}

double Readability::lix() const {
  if (!Words || !Sentences)
    return 0;
  return double(Words) / Sentences + 100.0 * LongWords / Words;
}

} // namespace ibic
