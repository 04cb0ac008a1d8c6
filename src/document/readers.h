// The readers of the registry in readers.cc, one file each. Internal to src/document.
#pragma once

#include <string_view>

#include "crossfoot/reader.h"

namespace crossfoot {

extern const Reader kDocxReader;       // docx.cc
extern const Reader kEdgarTextReader;  // edgar_text.cc
extern const Reader kPipeTableReader;  // pipe_tables.cc
extern const Reader kHtmlReader;       // html.cc

}  // namespace crossfoot
