"""Outside checks of rendered labels: decode the QR code of a 300 dpi greyscale PGM (as
`pdftoppm -gray` writes it) with zxing-cpp. Prints the decoded texts, one per line."""
import sys

import numpy
import zxingcpp


def read_pgm(path):
    """The pixels of a binary (P5) 8-bit PGM as a 2-D numpy array."""
    data = open(path, "rb").read()
    fields, position = [], 0
    while len(fields) < 4:
        while data[position:position + 1].isspace():
            position += 1
        if data[position:position + 1] == b"#":
            position = data.index(b"\n", position)
            continue
        end = position
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    assert fields[0] == b"P5" and fields[3] == b"255", "an 8-bit binary PGM"
    width, height = int(fields[1]), int(fields[2])
    pixels = numpy.frombuffer(data, dtype=numpy.uint8, count=width * height, offset=position + 1)
    return pixels.reshape(height, width)


for path in sys.argv[1:]:
    for barcode in zxingcpp.read_barcodes(read_pgm(path)):
        print(barcode.text)
