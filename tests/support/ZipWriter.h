//===- ZipWriter.h - Zip archives made in memory, for tests ---------------===//
//
// What the Word reader's tests and its fuzz target build .docx files with:
// libzip writing into a buffer, no temporary file.
//
//===----------------------------------------------------------------------===//
#ifndef IBIC_TESTS_SUPPORT_ZIPWRITER_H
#define IBIC_TESTS_SUPPORT_ZIPWRITER_H

#include <zip.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ibic::test {

struct ZipEntry {
  std::string Name, Data;
};

struct ZipOptions {
  /// Stored rather than deflated, so the entries' bytes stand in the archive.
  bool Store = false;
  /// Encrypts every entry with AES-256 when not null and libzip can.
  const char *Password = nullptr;
};

/// The archive holding \p Entries, or nothing when libzip fails; with a
/// password, \p Encrypted says whether every entry could be encrypted.
inline std::optional<std::string> zipOf(const std::vector<ZipEntry> &Entries,
                                        ZipOptions Options = {},
                                        bool *Encrypted = nullptr) {
  zip_source_t *Buffer = zip_source_buffer_create(nullptr, 0, 0, nullptr);
  if (!Buffer)
    return std::nullopt;
  zip_source_keep(Buffer);
  struct Release {
    zip_source_t *S;
    ~Release() { zip_source_free(S); }
  } Keep{Buffer};
  zip_t *Zip = zip_open_from_source(Buffer, ZIP_TRUNCATE, nullptr);
  if (!Zip)
    return std::nullopt;
  bool AllEncrypted = Options.Password != nullptr;
  for (const ZipEntry &E : Entries) {
    zip_source_t *S = zip_source_buffer(Zip, E.Data.data(), E.Data.size(), 0);
    zip_int64_t Index =
        S ? zip_file_add(Zip, E.Name.c_str(), S, ZIP_FL_OVERWRITE) : -1;
    if (Index < 0) {
      zip_source_free(S);
      zip_discard(Zip);
      return std::nullopt;
    }
    if (Options.Store)
      zip_set_file_compression(Zip, Index, ZIP_CM_STORE, 0);
    if (Options.Password)
      AllEncrypted &= zip_file_set_encryption(Zip, Index, ZIP_EM_AES_256,
                                              Options.Password) == 0;
  }
  if (zip_close(Zip) != 0) {
    zip_discard(Zip);
    return std::nullopt;
  }
  if (Encrypted)
    *Encrypted = AllEncrypted;
  zip_stat_t St;
  if (zip_source_stat(Buffer, &St) != 0 || zip_source_open(Buffer) != 0)
    return std::nullopt;
  std::string Bytes(St.size, '\0');
  zip_int64_t Read = zip_source_read(Buffer, Bytes.data(), Bytes.size());
  zip_source_close(Buffer);
  if (Read != zip_int64_t(Bytes.size()))
    return std::nullopt;
  return Bytes;
}

} // namespace ibic::test

#endif
