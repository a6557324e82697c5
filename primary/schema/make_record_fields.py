#!/usr/bin/env python3
"""Writes record_fields.json, the field set of every record type primary-sim
knows, from the real records in tests/fixtures/legacy-v5 (typed dialect).

Each type maps to [[field, kind], ...] in the order the fields first appear;
a kind is how a real primary stores the field: text, number, boolean, date,
datetime, time or json. Run it again when the fixtures change:

    primary/schema/make_record_fields.py > primary/schema/record_fields.json
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "tests", "fixtures", "legacy-v5")
# A date may come with a midnight time; any other time makes it a datetime.
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]00:00:00)?$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def kind_of_value(field, value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "time" if field.endswith("_time") else "number"
    if isinstance(value, (dict, list)):
        return "json"
    if DATE.match(value):
        return "date"
    if DATETIME.match(value):
        return "datetime"
    return "text" if value else None


def kind_by_name(field):
    # Only nulls and "" seen: the name says what a real table has.
    lower = field.lower()
    if lower.endswith("_datetime"):
        return "datetime"
    if lower.endswith("_date") or lower.endswith("date"):
        return "date"
    if lower.endswith("_time"):
        return "time"
    if lower in ("custom_data", "programsettings"):
        return "json"
    return "text"


def merge(seen, kind):
    if seen is None or seen == kind:
        return kind
    if {seen, kind} == {"date", "datetime"}:
        return "datetime"
    if {seen, kind} == {"number", "time"}:
        return "time"
    return "text"  # values of different kinds: keep whatever comes


def main():
    types = {}
    for record_type in sorted(os.listdir(FIXTURES)):
        folder = os.path.join(FIXTURES, record_type)
        order, kinds = [], {}
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                record = json.load(handle)
            for field, value in record.items():
                if field not in kinds:
                    order.append(field)
                    kinds[field] = None
                kind = kind_of_value(field, value)
                if kind is not None:
                    kinds[field] = merge(kinds[field], kind)
        if "ID" not in kinds and "id" not in kinds:
            order.insert(0, "ID")
        for field in order:
            # A datetime field whose examples all fall at midnight is still one.
            if field.lower().endswith("datetime") and kinds[field] in (None, "date"):
                kinds[field] = "datetime"
        types[record_type] = [[f, kinds.get(f) or kind_by_name(f)] for f in order]
    out = json.dumps(types, indent=None, separators=(",", ":"), ensure_ascii=False)
    sys.stdout.write(out.replace("]],", "]],\n") + "\n")


if __name__ == "__main__":
    main()
