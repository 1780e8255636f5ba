#!/usr/bin/env python3
"""Helps translators work on the .ts files outside Qt Linguist.

  tsfill.py extract convstudio_de.ts > todo.json   # the unfinished entries, as JSON
  tsfill.py fill convstudio_de.ts done.json        # writes the translations back, marks them finished

done.json is the extracted list with a "translation" (string) added to each entry, or
"translations" (list of plural forms) for entries with "numerus": true. Keys are context + source
(+ comment), so entries may come in any order; entries whose source no longer exists are ignored.
"""
import json
import sys
import xml.etree.ElementTree as ET


def entries(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "")


def extract(path):
    root = ET.parse(path).getroot()
    todo = []
    for context, message in entries(root):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            todo.append({"context": context, "source": message.findtext("source"),
                         "comment": message.findtext("comment") or "",
                         "numerus": message.get("numerus") == "yes"})
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(path, done_path):
    tree = ET.parse(path)
    root = tree.getroot()
    done = {}
    for item in json.load(open(done_path, encoding="utf-8")):
        done[(item["context"], item["source"], item.get("comment", ""))] = item
    filled = 0
    for context, message in entries(root):
        item = done.get(key(context, message))
        translation = message.find("translation")
        if item is None or translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = item.get("translations")
            if not forms:
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if not item.get("translation"):
                continue
            translation.text = item["translation"]
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep the header lupdate writes.
    text = open(path, encoding="utf-8").read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    open(path, "w", encoding="utf-8").write(text + ("" if text.endswith("\n") else "\n"))
    print(f"{path}: {filled} entries filled", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "extract":
        extract(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
