#include "Mappings.h"

#include "Support/Prose.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace ibic {
namespace {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

/// The folder above \p Dir; empty above the top. A relative folder is made
/// absolute once it has no parent of its own to name, or names one through
/// "." or "..".
std::string parentFolder(llvm::StringRef Dir) {
  llvm::SmallString<256> Up(Dir);
  bool Dots =
      llvm::any_of(llvm::make_range(path::begin(Dir), path::end(Dir)),
                   [](llvm::StringRef C) { return C == "." || C == ".."; });
  if (path::is_relative(Up) && (Dots || !path::has_parent_path(Up))) {
    fs::make_absolute(Up);
    path::remove_dots(Up, /*remove_dot_dot=*/true);
  }
  llvm::StringRef Parent = path::parent_path(Up);
  return Parent == Up.str() ? "" : Parent.str();
}

} // namespace

MappingCatalog::MappingCatalog(const Reference &Ref, const Limits &Lim,
                               llvm::ArrayRef<std::string> NamedFiles)
    : Ref(Ref), Lim(Lim) {
  for (const std::string &File : NamedFiles)
    if (const Entry *E = load(File))
      Named.push_back(E);
}

MappingCatalog::~MappingCatalog() = default;

const MappingCatalog::Entry *
MappingCatalog::load(const std::string &Path) const {
  llvm::SmallString<256> Real;
  if (fs::real_path(Path, Real))
    Real = Path;
  std::unique_ptr<Entry> &Slot = Files[Real.str().str()];
  if (!Slot) {
    Slot = std::make_unique<Entry>();
    Slot->Path = Path;
    Slot->Loaded = loadMapping(Path, Ref, Lim, Errors);
  }
  return Slot.get();
}

const std::vector<const MappingCatalog::Entry *> &
MappingCatalog::folder(llvm::StringRef Dir) const {
  llvm::SmallString<256> Real;
  if (fs::real_path(Dir, Real))
    Real = Dir;
  auto [It, New] = Folders.try_emplace(Real.str().str());
  if (!New)
    return It->second;
  std::vector<std::string> Found;
  std::error_code EC;
  for (fs::directory_iterator F(Dir, EC), End; F != End && !EC; F.increment(EC))
    if (llvm::StringRef(F->path()).endswith(MappingFileSuffix) &&
        fs::is_regular_file(F->path()))
      Found.push_back(F->path());
  std::sort(Found.begin(), Found.end());
  for (const std::string &File : Found)
    It->second.push_back(load(File));
  return It->second;
}

MappingLookup::Found
MappingCatalog::choose(llvm::ArrayRef<const Entry *> Entries,
                       llvm::StringRef Root, bool &Decided) const {
  std::vector<std::string> Matching, Unreadable;
  const VendorMapping *Mapping = nullptr;
  for (const Entry *E : Entries) {
    if (E->Loaded.Root == Root) {
      Matching.push_back(E->Path);
      Mapping = E->Loaded.Mapping.get();
    } else if (E->Loaded.Root.empty()) {
      Unreadable.push_back(E->Path);
    }
  }
  Decided = !Matching.empty() || !Unreadable.empty();
  std::string R = "<" + Root.str() + ">";
  if (Matching.size() > 1)
    return {nullptr, "Flera mappningar gäller " + R + ": " +
                         listInProse(Matching, "och") +
                         ". Ta bort den som inte ska gälla, eller ändra dess "
                         "root."};
  if (Matching.size() == 1 && !Mapping)
    return {nullptr, "Mappningen " + Matching.front() + " för " + R +
                         " har fel och användes inte; felen anges med "
                         "mappningsfilens rad och kolumn. Rätta mappningen och "
                         "granska igen."};
  if (Matching.size() == 1)
    return {Mapping, ""};
  if (!Unreadable.empty())
    return {nullptr,
            "Mappningen " + listInProse(Unreadable, "och") +
                " kunde inte läsas, så det går inte att se om den gäller " + R +
                "; felen anges med mappningsfilens rad och kolumn. Rätta "
                "den och granska igen."};
  return {};
}

MappingLookup::Found MappingCatalog::find(llvm::StringRef Path,
                                          llvm::StringRef Root) const {
  std::lock_guard<std::mutex> Guard(Lock);
  bool Decided = false;
  std::vector<const Entry *> Seen;
  if (!Named.empty()) {
    Found F = choose(Named, Root, Decided);
    if (Decided)
      return F;
    Seen = Named;
  } else {
    std::string Dir = path::parent_path(Path).str();
    if (Dir.empty())
      Dir = ".";
    for (; !Dir.empty(); Dir = parentFolder(Dir)) {
      const std::vector<const Entry *> &Here = folder(Dir);
      Found F = choose(Here, Root, Decided);
      if (Decided)
        return F;
      Seen.insert(Seen.end(), Here.begin(), Here.end());
    }
  }
  if (Seen.empty())
    return {};
  std::vector<std::string> Others;
  for (const Entry *E : Seen)
    Others.push_back(E->Path + " (<" + E->Loaded.Root + ">)");
  return {nullptr, "Ingen mappning gäller <" + Root.str() +
                       ">: de som hittades gäller andra rotelement: " +
                       listInProse(Others, "och") +
                       ". Skriv en mappning med root: " + Root.str() +
                       ", eller rätta root i den som ska gälla (se README, "
                       "Vendor XML through a mapping)."};
}

std::vector<Diagnostic> MappingCatalog::takeErrors() {
  std::lock_guard<std::mutex> Guard(Lock);
  std::vector<Diagnostic> Out;
  Out.swap(Errors);
  return Out;
}

} // namespace ibic
