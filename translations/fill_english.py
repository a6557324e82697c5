#!/usr/bin/env python3
"""Fills the English plural forms of satellite_en.ts: '%n row(s)' becomes
'%n row' (one) and '%n rows' (other). Run after the update_translations target
(lupdate keeps only the strings with %n in that file):
    python3 translations/fill_english.py translations/satellite_en.ts"""
import re, sys, xml.etree.ElementTree as ET

# The singular's other words that agree with the number.
SINGULAR_AGREEMENT = [
    ("saved; they go out", "saved; it goes out"),
    ("--retry sends them again", "--retry sends it again"),
    ("kept their local state", "kept its local state"),
    ("have not been sent yet", "has not been sent yet"),
]

def forms(source):
    one = re.sub(r'\((e?s)\)', '', source)
    for plural, singular in SINGULAR_AGREEMENT:
        one = one.replace(plural, singular)
    other = re.sub(r'\((e?s)\)', r'\1', source)
    # "(y/ies)"-style or "is/are" patterns are not used; keep the rest as written.
    return one, other

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter('message'):
    if message.get('numerus') != 'yes':
        continue
    source = message.find('source').text or ''
    translation = message.find('translation')
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop('type', None)
    for text in forms(source):
        form = ET.SubElement(translation, 'numerusform')
        form.text = text
tree.write(path, encoding='utf-8', xml_declaration=True)
