// Tests for plugins/lsp/Transport: messages framed by Content-Length are
// read whole, whatever the headers' case and line ends; a header block
// without a valid length, or a body over the limit, is reported and
// skipped, and the next message is still read; the end of input inside a
// message is the end.
#include "Transport.h"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace ibic::lsp;
using Status = MessageReader::Status;

namespace {

/// A reader over \p Input, written to a pipe that is then closed.
struct PipeReader {
  explicit PipeReader(const std::string &Input, size_t MaxBody = 1 << 20) {
    int FDs[2];
    REQUIRE(pipe(FDs) == 0);
    REQUIRE(write(FDs[1], Input.data(), Input.size()) == ssize_t(Input.size()));
    close(FDs[1]);
    ReadEnd = FDs[0];
    Reader.emplace(ReadEnd, MaxBody);
  }
  ~PipeReader() { close(ReadEnd); }
  /// The status of the next read, and its body in \p Body.
  Status next() { return Reader->read(Body); }
  int ReadEnd;
  std::optional<MessageReader> Reader;
  std::string Body;
};

std::string framed(const std::string &Body) {
  return "Content-Length: " + std::to_string(Body.size()) + "\r\n\r\n" + Body;
}

} // namespace

TEST_CASE("framed messages are read whole") {
  PipeReader R(framed("{\"a\":\"å\"}") +
               "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; "
               "charset=utf-8\r\n\r\n{}" +
               "Content-Length: 3\n\n[1]");
  REQUIRE(R.next() == Status::Message);
  CHECK(R.Body == "{\"a\":\"å\"}");
  REQUIRE(R.next() == Status::Message);
  CHECK(R.Body == "{}");
  REQUIRE(R.next() == Status::Message);
  CHECK(R.Body == "[1]");
  CHECK(R.next() == Status::End);
}

TEST_CASE("a bad header is reported and the next message still read") {
  PipeReader R("Content-Length: tolv\r\n\r\n" + framed("{}") +
               "X-Header-Only: 1\r\n\r\n" + framed("[2]"));
  CHECK(R.next() == Status::BadHeader);
  REQUIRE(R.next() == Status::Message);
  CHECK(R.Body == "{}");
  CHECK(R.next() == Status::BadHeader);
  REQUIRE(R.next() == Status::Message);
  CHECK(R.Body == "[2]");
}

TEST_CASE("a body where no header said resynchronises on the next header") {
  // The body of a header-less message runs into the next header line.
  PipeReader R("\r\n\r\n{\"x\":1}" + framed("[3]"));
  REQUIRE(R.next() == Status::Message);
  CHECK(R.Body == "[3]");
}

TEST_CASE("an oversized body is skipped, an overlong header line ignored") {
  PipeReader R(framed(std::string(100, 'x')) + std::string(5000, 'h') + "\r\n" +
                   framed("{}"),
               /*MaxBody=*/50);
  CHECK(R.next() == Status::TooLarge);
  REQUIRE(R.next() == Status::Message);
  CHECK(R.Body == "{}");
}

TEST_CASE("input that ends inside a message is the end") {
  PipeReader R("Content-Length: 10\r\n\r\n{\"a\"");
  CHECK(R.next() == Status::End);
  PipeReader Header("Content-Len");
  CHECK(Header.next() == Status::End);
}

TEST_CASE("a message is written with its length in bytes") {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeMessage(OS, llvm::json::Object{{"m", "åäö"}});
  OS.flush();
  CHECK(Out == "Content-Length: 14\r\n\r\n{\"m\":\"åäö\"}");
}
