"""How an imported file's kind, encoding and separator are found."""

import pytest

from programs import importing

HEADER = "year,major,students,planned_places\r\n"


def encoding_of(text, encoding):
    return importing.read(text.encode(encoding)).encoding


@pytest.mark.parametrize(
    "major",
    [
        "Промышленная робототехника",
        "Технологии программного обеспечения",
        "Роботы",
        "РОБОТЫ",  # all capitals read as common Chinese characters too: a tie goes to Russian
        "«Мехатроника» № 1, ёлка",
        "Электромеханическая интеграция (мехатроника)",
    ],
)
def test_russian_in_windows_1251_is_read_as_windows_1251(major):
    assert encoding_of(f'{HEADER}2024,"{major}",5,\r\n', "cp1251") == "cp1251"


@pytest.mark.parametrize(
    "major",
    ["工业机器人技术", "软件技术", "软件", "机电一体化技术（中俄）、一", "Роботы"],
)
def test_chinese_or_russian_in_gb18030_is_read_as_gb18030(major):
    assert encoding_of(f"{HEADER}2024,{major},5,\r\n2024,软件技术,3,\r\n", "gb18030") == "gb18030"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_is_read_as_utf8_with_or_without_a_byte_order_mark(encoding):
    table = importing.read(f"{HEADER}2024,Роботы,5,\r\n".encode(encoding))
    assert (table.encoding, table.header[0], table.records[0][1][1]) == ("utf-8", "year", "Роботы")


def test_bytes_in_none_of_the_encodings_are_refused():
    with pytest.raises(importing.Refused, match="none of the encodings"):
        importing.read(HEADER.encode() + b"2024,\x98\xff\x98,5,\r\n")


@pytest.mark.parametrize(
    ("first_line", "separator"),
    [
        ("year,major,students", ","),
        ("year;major;students", ";"),
        ('"a;b",year,major,students', ","),
    ],
)
def test_the_separator_is_the_one_the_header_uses_most(first_line, separator):
    assert importing.read(f"{first_line}\n2024,x,1\n".encode()).separator == separator


def test_a_field_longer_than_csv_reads_is_refused_by_its_line():
    with pytest.raises(importing.Refused, match="Line 2 cannot be read as CSV"):
        importing.read(f"{HEADER}2024,{'9' * 200_000},5,\r\n".encode())


def test_blank_lines_are_skipped_and_lines_keep_their_numbers():
    table = importing.read(f"\r\n{HEADER}\r\n2024,x,1,\r\n , ,\r\n,,,\r\n2025,y,2,\r\n".encode())
    assert table.header_line == 2
    assert [line for line, _cells in table.records] == [4, 7]


def test_more_rows_than_the_limit_are_refused(monkeypatch):
    monkeypatch.setattr(importing, "MAX_ROWS", 2)
    with pytest.raises(importing.Refused, match="more than 2 rows"):
        importing.read(f"{HEADER}2024,x,1,\r\n2025,x,1,\r\n2026,x,1,\r\n".encode())
