#!/usr/bin/env python3
"""One-off conversion (issue 14): i18n/titles.en.txt ("Vietnamese title = English title" lines) to the resource
bundle i18n/titles_en.properties, keeping the comments, blank lines and order. Keys are the Vietnamese titles with
the characters properties keys cannot hold verbatim escaped (space, '=', ':', '#', '!', backslash); values keep
their text (a leading space escaped). Prints the number of entries read and written; refuses a duplicate.

usage: titles-to-properties.py titles.en.txt titles_en.properties
"""
import sys


def escape_key(k):
    out = []
    for ch in k:
        if ch in ' =:#!\\':
            out.append('\\' + ch)
        elif ch == '\t':
            out.append('\\t')
        else:
            out.append(ch)
    return ''.join(out)


def escape_value(v):
    v = v.replace('\\', '\\\\')
    return '\\' + v if v.startswith(' ') else v


def main(src, dst):
    entries = 0
    seen = set()
    out = []
    with open(src, encoding='utf-8') as f:
        for n, line in enumerate(f.read().split('\n'), 1):
            if line.startswith('#') or not line.strip():
                out.append(line)
                continue
            eq = line.find(' = ')
            if eq <= 0:
                sys.exit(f'{src} line {n}: expected "Vietnamese = translation"')
            key, value = line[:eq], line[eq + 3:].strip()
            if key in seen:
                sys.exit(f'{src} line {n}: title translated twice')
            seen.add(key)
            out.append(escape_key(key) + ' = ' + escape_value(value))
            entries += 1
    with open(dst, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    print(f'{entries} entries read from {src}, {entries} written to {dst}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
