#!/usr/bin/env python3
"""Keeps the translated .ts files filled from the translators' JSON files.

The translations live in translations/<language>.json, one per language:
    { "Context": { "source text": "translation",
                   "source text\u0004comment": "translation",       # disambiguated
                   "%n change(s)": ["singular form", "plural form"] } }  # %n strings
lupdate (the update_translations target) writes the strings of the sources into
satellite_<language>.ts; this script then puts the JSON's translations into them.

    fill_ts.py todo [LANG...]    lists the strings without a translation, with an id each
    fill_ts.py merge FILE        adds the translations written in FILE to the JSON files
    fill_ts.py fill [LANG...]    writes the JSON's translations into the .ts files
    fill_ts.py check [LANG...]   placeholders (%1, %n) and '&' mnemonics as in the source
    fill_ts.py prune [LANG...]   drops from the JSON the strings no source has any more

FILE for merge holds blocks like these ("\\n" is a line break; an 'all:' line gives
the same text to every language; a %n string has one line per plural form):
    @3f9a1c
    fr: Synchroniser
    pt: Sincronizar
    es: Sincronizar
"""

import hashlib
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ["fr", "pt", "es"]
SEP = "\u0004"

CONTEXT_RE = re.compile(r"<context>.*?</context>", re.S)
NAME_RE = re.compile(r"<name>(.*?)</name>", re.S)
MESSAGE_RE = re.compile(r"(<message(?: [^>]*)?>)(.*?)(</message>)", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(r"<translation(?: [^>]*)?(?:/>|>.*?</translation>)", re.S)
NUMERUSFORM_RE = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
PLACEHOLDER_RE = re.compile(r"%(?:\d+|n)")
ENTITY_RE = re.compile(r"&(?:[a-zA-Z]+|#\d+);")


def ts_path(language):
    return HERE / f"satellite_{language}.ts"


def json_path(language):
    return HERE / f"{language}.json"


def protect(text):
    """Escapes text the way lupdate writes it."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\t\r":
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def key_of(source, comment):
    return source + SEP + comment if comment else source


def message_id(context, key):
    return hashlib.sha1((context + SEP + key).encode()).hexdigest()[:6]


def messages(ts_text):
    """Yields (context, key, numerus, translation element, message match) per message."""
    for context_match in CONTEXT_RE.finditer(ts_text):
        block = context_match.group(0)
        context = html.unescape(NAME_RE.search(block).group(1))
        for m in MESSAGE_RE.finditer(block):
            body = m.group(2)
            source = html.unescape(SOURCE_RE.search(body).group(1))
            comment_match = COMMENT_RE.search(body)
            comment = html.unescape(comment_match.group(1)) if comment_match else ""
            numerus = 'numerus="yes"' in m.group(1)
            translation = TRANSLATION_RE.search(body)
            yield context, key_of(source, comment), numerus, translation.group(0)


def is_finished(translation_element):
    return 'type="unfinished"' not in translation_element and "type=\"vanished\"" not in translation_element


def load_json(language):
    path = json_path(language)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save_json(language, data):
    ordered = {context: dict(sorted(data[context].items())) for context in sorted(data)}
    json_path(language).write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def translation_element(value, numerus):
    if numerus:
        forms = value if isinstance(value, list) else [value]
        lines = "".join(f"            <numerusform>{protect(f)}</numerusform>\n" for f in forms)
        return f"<translation>\n{lines}        </translation>"
    return f"<translation>{protect(value)}</translation>"


def command_todo(languages):
    """Prints each string some language lacks, once, with what the merge file needs."""
    tables = {lang: load_json(lang) for lang in languages}
    seen = set()
    count = 0
    for lang in languages:
        for context, key, numerus, _ in messages(ts_path(lang).read_text(encoding="utf-8")):
            if key in tables[lang].get(context, {}) or (context, key) in seen:
                continue
            seen.add((context, key))
            count += 1
            source, _, comment = key.partition(SEP)
            flags = " [%n]" if numerus else ""
            note = f" ({comment})" if comment else ""
            print(f"@{message_id(context, key)} [{context}]{flags}{note} {json.dumps(source, ensure_ascii=False)}")
    print(f"# {count} string(s) to translate", file=sys.stderr)


def parse_merge_file(path):
    blocks = {}
    current = None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = blocks.setdefault(line[1:].strip(), {})
            continue
        lang, sep, text = line.partition(": ")
        if not sep or current is None or lang not in LANGUAGES + ["all"]:
            sys.exit(f"merge: cannot read the line {line!r}")
        text = text.replace("\\n", "\n")
        for target in LANGUAGES if lang == "all" else [lang]:
            current.setdefault(target, []).append(text)
    return blocks


def command_merge(path):
    blocks = parse_merge_file(path)
    wanted = {}
    for lang in LANGUAGES:
        for context, key, numerus, _ in messages(ts_path(lang).read_text(encoding="utf-8")):
            wanted[message_id(context, key)] = (context, key, numerus)
    tables = {lang: load_json(lang) for lang in LANGUAGES}
    for ident, by_lang in blocks.items():
        if ident not in wanted:
            sys.exit(f"merge: no string has the id {ident}")
        context, key, numerus = wanted[ident]
        for lang, forms in by_lang.items():
            if numerus and len(forms) != 2:
                sys.exit(f"merge: {ident} ({lang}) needs 2 plural forms, has {len(forms)}")
            if not numerus and len(forms) != 1:
                sys.exit(f"merge: {ident} ({lang}) has {len(forms)} lines")
            tables[lang].setdefault(context, {})[key] = forms if numerus else forms[0]
    for lang in LANGUAGES:
        save_json(lang, tables[lang])
    print(f"merged {len(blocks)} string(s)")


def fill_text(ts_text, table):
    """Returns ts_text with each message's translation taken from table where it has one."""

    def fill_context(context_match):
        block = context_match.group(0)
        context = html.unescape(NAME_RE.search(block).group(1))
        translations = table.get(context, {})

        def fill_message(m):
            body = m.group(2)
            source = html.unescape(SOURCE_RE.search(body).group(1))
            comment_match = COMMENT_RE.search(body)
            comment = html.unescape(comment_match.group(1)) if comment_match else ""
            key = key_of(source, comment)
            if key not in translations:
                return m.group(0)
            element = translation_element(translations[key], 'numerus="yes"' in m.group(1))
            return m.group(1) + TRANSLATION_RE.sub(lambda _: element, body, count=1) + m.group(3)

        return MESSAGE_RE.sub(fill_message, block)

    return CONTEXT_RE.sub(fill_context, ts_text)


def command_fill(languages):
    for lang in languages:
        path = ts_path(lang)
        text = fill_text(path.read_text(encoding="utf-8"), load_json(lang))
        path.write_text(text, encoding="utf-8")
        missing = sum(1 for *_, element in messages(text) if not is_finished(element))
        print(f"{path.name}: {missing} string(s) unfinished")


def command_prune(languages):
    for lang in languages:
        wanted = {(context, key) for context, key, *_ in messages(ts_path(lang).read_text(encoding="utf-8"))}
        table = load_json(lang)
        kept = {}
        for context, entries in table.items():
            entries = {key: value for key, value in entries.items() if (context, key) in wanted}
            if entries:
                kept[context] = entries
        dropped = sum(len(e) for e in table.values()) - sum(len(e) for e in kept.values())
        save_json(lang, kept)
        print(f"{json_path(lang).name}: {dropped} string(s) dropped")


def mnemonics(text):
    return len(re.findall(r"&(?=[^&\s])", ENTITY_RE.sub("", text.replace("&&", ""))))


def problems(source, translation):
    found = []
    if sorted(PLACEHOLDER_RE.findall(source)) != sorted(PLACEHOLDER_RE.findall(translation)):
        found.append("placeholders differ")
    if mnemonics(source) != mnemonics(translation):
        found.append("'&' mnemonics differ")
    if source.endswith("…") != translation.endswith("…"):
        found.append("ellipsis differs")
    if source.rstrip().endswith(":") != translation.rstrip().endswith(":"):
        found.append("colon differs")
    if source[len(source.rstrip()):] != translation[len(translation.rstrip()):]:
        found.append("trailing space differs")
    if source[: len(source) - len(source.lstrip())] != translation[: len(translation) - len(translation.lstrip())]:
        found.append("leading space differs")
    return found


def command_check(languages):
    bad = 0
    for lang in languages:
        for context, entries in load_json(lang).items():
            for key, value in entries.items():
                source = key.partition(SEP)[0]
                for form in value if isinstance(value, list) else [value]:
                    for problem in problems(source, form):
                        bad += 1
                        print(f"{lang} [{context}] {source!r} -> {form!r}: {problem}")
    print(f"{bad} problem(s)")
    return 1 if bad else 0


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    command, args = argv[1], argv[2:]
    languages = args or LANGUAGES
    if command == "todo":
        command_todo(languages)
    elif command == "merge" and len(args) == 1:
        command_merge(args[0])
    elif command == "fill":
        command_fill(languages)
    elif command == "prune":
        command_prune(languages)
    elif command == "check":
        return command_check(languages)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
