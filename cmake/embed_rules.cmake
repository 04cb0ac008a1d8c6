# Writes OUTPUT: a C++ file holding every rules/*.toml as (name, text) pairs.
file(GLOB rule_files ${RULES_DIR}/*.toml)
list(SORT rule_files)
set(body "")
foreach(path IN LISTS rule_files)
  get_filename_component(name ${path} NAME)
  file(READ ${path} text)
  string(APPEND body "    {\"rules/${name}\", R\"crossfoot_toml(${text})crossfoot_toml\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "// Generated from rules/*.toml by cmake/embed_rules.cmake. Do not edit.
#include \"crossfoot/rule_set.h\"

namespace crossfoot {

const std::vector<EmbeddedRuleFile>& embedded_rule_files() {
    static const std::vector<EmbeddedRuleFile> kFiles = {
${body}    };
    return kFiles;
}

}  // namespace crossfoot
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
