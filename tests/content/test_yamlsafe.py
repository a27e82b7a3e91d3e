"""The safe YAML reader (`content.yamlsafe`): plain data with the line of every key and item,
YAML 1.2 booleans, and a clear YamlProblem (with its line where there is one) for duplicate
keys, tags, files too large, too deep or too many values, several documents, binary files and
files that are not UTF-8."""
from __future__ import annotations

import pytest

from conduct_cli.content import yamlsafe
from conduct_cli.content.yamlsafe import YamlProblem, load_file, loads, read_text


def problem(text: str) -> YamlProblem:
    with pytest.raises(YamlProblem) as caught:
        loads(text)
    return caught.value


def file_problem(path) -> YamlProblem:
    with pytest.raises(YamlProblem) as caught:
        read_text(str(path))
    return caught.value


# --- lines --------------------------------------------------------------------------------------

def test_every_key_and_item_knows_its_line():
    data = loads("id: sample\n"            # 1
                 "nodes:\n"                # 2
                 "  first:\n"              # 3
                 "    kind: choice\n"      # 4
                 "\n"                      # 5
                 "    choices:\n"          # 6
                 "      - value: left\n"   # 7
                 "      - value: right\n"  # 8
                 "        next: x\n")      # 9
    assert data.line_of("id") == 1 and data.line_of("nodes") == 2
    first = data["nodes"]["first"]
    assert data["nodes"].line_of("first") == 3
    assert first.line_of("kind") == 4 and first.line_of("choices") == 6
    assert first["choices"].item_lines == [7, 8]
    assert first["choices"][1].line_of("next") == 9


def test_a_missing_key_has_the_line_of_its_mapping():
    data = loads("a: 1\nb:\n  c: 2\n")
    assert data["b"].line == 3                  # a block mapping starts at its first key
    assert data["b"].line_of("nope") == data["b"].line


def test_the_reader_builds_plain_dicts_and_lists():
    data = loads("a: [1, {b: 2}]\n")
    assert isinstance(data, dict) and isinstance(data["a"], list) and isinstance(data["a"][1], dict)
    assert data == {"a": [1, {"b": 2}]}


# --- scalars ------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["yes", "no", "on", "off", "Yes", "NO", "y", "n"])
def test_yes_no_on_off_stay_text_as_in_yaml_1_2(written):
    assert loads(f"a: {written}\n") == {"a": written}


@pytest.mark.parametrize("written, value", [("true", True), ("false", False), ("True", True),
                                            ("FALSE", False)])
def test_only_true_and_false_are_booleans(written, value):
    assert loads(f"a: {written}\n")["a"] is value


@pytest.mark.parametrize("written, value", [
    ("15", 15), ("12.5", 12.5), ("-3", -3), ("~", None), ("null", None), ("", None),
    ('"15"', "15"), ("'true'", "true"), ("!!str 15", "15"), ("2024-01-01", "2024-01-01"),
    ("plain text", "plain text"),
])
def test_numbers_null_and_text(written, value):
    assert loads(f"a: {written}\n") == {"a": value}


@pytest.mark.parametrize("written, value", [
    ("030", 30), ("017", 17), ("+5", 5), ("1.5e1", 15.0), ("1E3", 1000.0), (".5", 0.5), ("-.inf", float("-inf")),
    ("0x1F", "0x1F"), ("0o17", "0o17"), ("1_5", "1_5"), ("1:30", "1:30"), ("9:00", "9:00"), ("+31 20", "+31 20"),
    ("tRuE", "tRuE"), ("NULL", None), ("Null", None), ("!!int 030", 30), ("!!float 15", 15.0),
])
def test_plain_values_follow_the_yaml_1_2_core_schema(written, value):
    assert loads(f"a: {written}\n") == {"a": value}


def test_a_number_of_thousands_of_digits_is_refused_with_its_line():
    found = problem("a: 1\nb: " + "1" * 5000 + "\n")
    assert (found.message, found.line) == ("a number with too many digits", 2)


def test_a_tag_that_does_not_fit_its_value_is_refused():
    found = problem("a: 1\nb: !!int 0x1F\n")
    assert found.message == "'0x1F' is not a valid int" and found.line == 2


def test_as_text_every_plain_value_is_kept_as_written():
    data = loads("phone: 0201234567\nintl: +31201234567\nhours: 9:00\nflag: true\nnone: ~\nempty:\n",
                 as_text=True)
    assert data == {"phone": "0201234567", "intl": "+31201234567", "hours": "9:00", "flag": "true",
                    "none": None, "empty": None}


def test_an_empty_file_is_nothing():
    assert loads("") is None
    assert loads("# only a comment\n") is None


def test_anchors_and_aliases_repeat_a_value():
    assert loads("a: &x [1, 2]\nb: *x\n") == {"a": [1, 2], "b": [1, 2]}


def test_an_unknown_alias_is_refused_with_its_line():
    found = problem("a: 1\nb: *nowhere\n")
    assert (found.message, found.line) == ("unknown alias '*nowhere'", 2)


# --- refused ------------------------------------------------------------------------------------

def test_a_duplicate_key_is_refused_with_the_line_of_the_second():
    found = problem("a: 1\nb:\n  c: 2\n  c: 3\n")
    assert (found.message, found.line) == ("duplicate key 'c'", 4)


def test_a_key_must_be_a_plain_value():
    found = problem("? [a, b]\n: 1\n")
    assert "a key must be a plain value" in found.message and found.line == 1


@pytest.mark.parametrize("text, tag", [
    ('a: !!python/object/apply:os.system ["touch /tmp/x"]\n', "python/object/apply:os.system"),
    ("a: !!python/name:os.system\n", "python/name:os.system"),
    ("a: !!binary aGVsbG8=\n", "binary"),
    ("a: !custom {b: 1}\n", "!custom"),
    ("a: !custom [1]\n", "!custom"),
    ("a: !custom text\n", "!custom"),
])
def test_tags_are_refused_with_their_line(text, tag):
    found = problem("ok: 1\n" + text)
    assert tag in found.message and "is not allowed in a tree file" in found.message
    assert found.line == 2


def test_several_documents_are_refused():
    found = problem("a: 1\n---\nb: 2\n")
    assert (found.message, found.line) == ("the file holds more than one YAML document", 2)
    assert loads("---\na: 1\n...\n") == {"a": 1}          # one document, marked, is fine


def test_a_syntax_error_names_its_line():
    found = problem("a: 1\nb: [1, 2\nc: 3\n")
    assert found.message.startswith("YAML syntax error: ")
    assert found.line is not None and found.line >= 2


def test_nesting_up_to_the_limit_is_read_and_deeper_is_refused():
    limit = yamlsafe.MAX_DEPTH
    assert limit == 64
    assert loads("[" * limit + "]" * limit) is not None
    found = problem("[" * (limit + 1) + "]" * (limit + 1))
    assert found.message == "the file is nested deeper than the limit of 64 levels" and found.line == 1


def test_too_many_values_are_refused(monkeypatch):
    monkeypatch.setattr(yamlsafe, "MAX_VALUES", 10)
    assert len(loads("[" + ", ".join(["1"] * 9) + "]")) == 9
    found = problem("[" + ", ".join(["1"] * 11) + "]")
    assert found.message == "the file holds more than 10 values (an alias bomb?)"


def test_an_alias_bomb_stops_early():
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for index in range(1, 10):
        name, previous = chr(ord("a") + index), chr(ord("a") + index - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    found = problem("\n".join(lines) + "\n")
    assert "alias bomb" in found.message and found.line is not None


# --- files --------------------------------------------------------------------------------------

def test_a_byte_order_mark_is_stripped(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfid: sample\n")
    assert read_text(str(path)) == "id: sample\n"
    assert load_file(str(path)) == {"id": "sample"}


def test_a_file_larger_than_the_limit_is_refused_unread(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 2000 + "\n")
    assert read_text(str(path), max_bytes=4096).startswith("a: ")
    with pytest.raises(YamlProblem) as caught:
        read_text(str(path), max_bytes=1024)
    assert caught.value.message == "the file is larger than the limit of 1 KiB"
    assert yamlsafe.MAX_BYTES == 2 * 1024 * 1024


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert file_problem(path).message == "the file is a binary file, not YAML text"


def test_a_file_that_is_not_utf8_is_refused_with_its_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: x\ntitle: Caf\u00e9\n".encode("latin-1"))
    found = file_problem(path)
    assert found.message.startswith("the file is not UTF-8 text (byte 16)") and found.line == 2


def test_a_missing_file_and_a_folder_are_refused(tmp_path):
    assert file_problem(tmp_path / "nope.yaml").message == "the file does not exist"
    assert file_problem(tmp_path).message == "is a folder, not a file"
