// Lists in prose and the counts that introduce them: split only when the shape is plain.
#include "crossfoot/enumeration.h"

#include <doctest/doctest.h>

#include <string>

#include "crossfoot/rule_set.h"
#include "support.h"

using namespace crossfoot;

namespace {

const Vocabulary& words() { return rules().vocabulary; }

// The items of the list after the first colon, joined with "|"; "-" when there is no list.
std::string items(std::string_view text) {
    auto list = split_inline_list(text, text.find(':') + 1, words());
    if (!list) return "-";
    std::string out;
    for (const auto& r : list->items) {
        out += (out.empty() ? "" : "|") + std::string(text.substr(r.begin, r.end - r.begin));
    }
    return out;
}

// The count stated before the first colon; 0 when there is none.
size_t count(std::string_view text) {
    auto stated = stated_count(text, text.find(':'), words());
    return stated ? stated->count : 0;
}

}  // namespace

TEST_CASE("inline lists: commas, semicolons and a last 'and'") {
    CHECK(items("were: Sam Furrow, Jay Furrow, Pat Anderson, and Vincent Sanfilippo.") ==
          "Sam Furrow|Jay Furrow|Pat Anderson|Vincent Sanfilippo");
    CHECK(items("products: X, Y and Z") == "X|Y|Z");
    CHECK(items("products: widgets and gadgets. The rest is prose, and more.") ==
          "widgets|gadgets");
    CHECK(items("officers: Jane Doe, President; John Roe, Treasurer; and Ann Poe, Secretary.") ==
          "Jane Doe, President|John Roe, Treasurer|Ann Poe, Secretary");
}

TEST_CASE("names with commas and full stops stay one item") {
    CHECK(items("were: John Smith, Jr., Mary Jones and Ann Lee.") ==
          "John Smith, Jr.|Mary Jones|Ann Lee");
    CHECK(items("partners: Acme Holdings, Inc. and Beta Corp.") ==
          "Acme Holdings, Inc.|Beta Corp.");
    CHECK(items("were: J. R. Hart, Anne Lowe and Tom Reed.") == "J. R. Hart|Anne Lowe|Tom Reed");
    CHECK(items("are: Mary Smith, Jr. and Tom Jones, Sr.") == "Mary Smith, Jr.|Tom Jones, Sr.");
    CHECK(items("were: Acme Holdings, Inc., Beta Corp. and Gamma LLC") ==
          "Acme Holdings, Inc.|Beta Corp.|Gamma LLC");
}

TEST_CASE("without a comma before 'and', the last two items may be one name") {
    auto may_be_one = [](std::string_view text) {
        auto list = split_inline_list(text, text.find(':') + 1, words());
        REQUIRE(list);
        return list->last_two_may_be_one;
    };
    CHECK(may_be_one("customers: Walmart, Procter and Gamble."));
    CHECK_FALSE(may_be_one("customers: Walmart, Target, and Procter."));
}

TEST_CASE("lists whose shape is unclear are not split") {
    CHECK(items("segments: Sales, Research and Development, and Services.") == "-");
    CHECK(items("products: A, B or C.") == "-");
    CHECK(items("products: A, B, C.") == "-");  // no "and": it may go on
    CHECK(items("products: A, B, C, etc.") == "-");
    CHECK(items("products: widgets, Gadgets and gizmos.") == "-");  // unlike items
    CHECK(items("events: the meeting on June 3, 2004 and the dinner.") == "-");
    CHECK(items("items: revenue of $5 million, up 10%, and net income.") == "-");
    CHECK(items("members: Dean Factor, Chairman, CEO and co-founder of Smashbox, which "
                "includes Studios and Cosmetics, and Kelly Hoffman.") == "-");
    CHECK(items("products: the first of its kind in the whole industry and B.") == "-");
    CHECK(items("products: A (new) and B.") == "-");
    CHECK(items("product:") == "-");
    CHECK(items("growth: sales rose in the first and second quarters.") == "-");  // a clause
    CHECK(items("officers: Jr., Ann Lee and Bo Chan.") == "-");
    CHECK(items("products: A and B and C.") == "-");
    CHECK(items("brands: Acme, Johnson and Johnson.") == "-");
}

TEST_CASE("the count that introduces a list") {
    CHECK(count("The nine directors that received the highest number of votes were: A") == 9);
    CHECK(count("launched three new products: X, Y and Z") == 3);
    CHECK(count("*The two nominees were: A and B") == 2);
    CHECK(count("Nine were: A") == 9);
    CHECK(count("announced the following three: A") == 3);
    // Not the size of the list.
    CHECK(count("one of the two products: A and B") == 0);
    CHECK(count("any two of: A, B and C") == 0);
    CHECK(count("Highlights of the two quarters include: A, B and C") == 0);
    CHECK(count("For the three months ended May 29, results were: A, B") == 0);
    CHECK(count("two weeks ago we announced our new lineup: A, B and C") == 0);
    CHECK(count("two new members to our Board of Directors: A and B") == 0);
    CHECK(count("two or three products: A and B") == 0);
    CHECK(count("the past two years' winners were: A, B and C") == 0);
    CHECK(count("one product: A") == 0);
    CHECK(count("at 2:00 p.m.") == 0);
    CHECK(count("twenty-one products: A") == 0);
    CHECK(count("three, in all: A") == 0);
    CHECK(count("Phase Two: Alpha, Beta and Gamma") == 0);  // a name
    CHECK(count("in Phase Two of the plan: Alpha, Beta and Gamma") == 0);
    CHECK(count("Part two: Alpha, Beta and Gamma") == 0);
}
