"""Code tables of the legacy Vietnamese encodings, as text read byte-for-byte as Latin-1.

TCVN3 (ABC, TCVN 5712:1993 VN3; fonts .VnTime): lower-case letters in 0xB5-0xFE, the
hatted base letters in 0xA1-0xAE (``ư`` is 0xAD, the soft hyphen). VNI (VNI-Windows fonts):
a base letter followed by a mark byte (``aø`` is ``à``). VISCII (RFC 1456): one byte per
letter, six capitals in the C0 control range. VPS: one byte per letter, lower case first.
"""

from __future__ import annotations

# TCVN3: runs of consecutive code points -> letters.
_TCVN3_RUNS = {
    0xA1: "ĂÂÊÔƠƯĐăâêôơưđ",
    0xB5: "àảãáạ",
    0xBB: "ằẳẵắ",
    0xC6: "ặầẩẫấậè",
    0xCE: "ẻẽéẹềểễếệìỉ",
    0xDC: "ĩíịò",
    0xE1: "ỏõóọồổỗốộờởỡớợù",
    0xF1: "ủũúụừửữứựỳỷỹýỵ",
}
TCVN3 = {chr(start + k): ch for start, run in _TCVN3_RUNS.items() for k, ch in enumerate(run)}
"""Latin-1 character -> the TCVN3 letter of the same byte."""

VISCII = {
    chr(0x80 + k): ch
    for k, ch in enumerate(
        "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ"
    )
}
VISCII.update({"\x02": "Ẳ", "\x05": "Ẵ", "\x06": "Ẫ", "\x14": "Ỷ", "\x19": "Ỹ", "\x1e": "Ỵ"})
"""Latin-1 character -> the VISCII letter of the same byte."""

# VNI: base letter + mark byte. Plain vowels take the five tone bytes; a/e/o take a
# circumflex byte (with tone: a second set); a takes a breve byte (with tone: a third set).
_TONES = "ùøûõï"  # sắc, huyền, hỏi, ngã, nặng
_HAT_TONES = "áàåãä"
_BREVE_TONES = "éèúüë"
_MARKED = "áàảãạ éèẻẽẹ óòỏõọ úùủũụ ýỳỷỹỵ ớờởỡợ ứừửữự".split()
_HATTED = {"a": ("â", "ấầẩẫậ"), "e": ("ê", "ếềểễệ"), "o": ("ô", "ốồổỗộ")}


def _vni() -> dict[str, str]:
    table = {
        "ô": "ơ",
        "ö": "ư",
        "ñ": "đ",
        "í": "í",
        "ì": "ì",
        "æ": "ỉ",
        "ó": "ĩ",
        "ò": "ị",
        "î": "ỵ",
    }
    for base, marked in zip("aeouyôö", _MARKED, strict=True):
        for mark, ch in zip(_TONES, marked, strict=True):
            table[base + mark] = ch
    for base, (hat, toned) in _HATTED.items():
        table[base + "â"] = hat
        for mark, ch in zip(_HAT_TONES, toned, strict=True):
            table[base + mark] = ch
    table["aê"] = "ă"
    for mark, ch in zip(_BREVE_TONES, "ắằẳẵặ", strict=True):
        table["a" + mark] = ch
    upper = {k.upper(): v.upper() for k, v in table.items()}
    return table | upper


VNI = _vni()
"""VNI sequence as Latin-1 text (one or two characters) -> letter."""


# VPS, as (two hex digits, letter) runs for the bytes whose letter is not Latin-1's. Derived
# from a published code-table set and checked the same way against glibc's VISCII (126 of
# 134 letters equal; the rest are capitals that set cannot store, in the C0 range).
_VPS = (
    "80À81Ả82Ã83Ấ84Ầ85Ẩ86ọ87ỗ88Ă89ế8aề8bể8cệ8dẮ8eẰ8fẲ90Ế93Ề94Ể95Ễ96Ố97Ồ98Ổ99Ỗ9aý9bỷ9cỵ9dỚ"
    "9eỜ9fỞa1ắa2ằa3ẳa4ẵa5ặa6Ỡa7ớa8Ùa9ờaaởabỡacŨadỨaeợafỪb0ổb1Ửb2Ỳb3Ỹb4Íb5Ìb6ộb7Ỉb8Ĩb9Óbaử"
    "bbữbcÒbdỎbeÕbfực0ầc3ấc4ẩc5ẫc6ậc7đc8ẻcbẹccỉcdễceịcfỹd0Ưd1Ủd2ồd3ốd5ỏd6ơd7Èd8ừd9ứdbũdcư"
    "deẺe4ảe5ạe6ăebẽefĩf0Ẵf1Đf7Ơf8ụfbủfdỶfeẼffỳ"
)
VPS = {chr(int(_VPS[i : i + 2], 16)): _VPS[i + 2] for i in range(0, len(_VPS), 3)}
"""Latin-1 character -> the VPS letter of the same byte."""
