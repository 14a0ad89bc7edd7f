# prime_error.gp - the relative error of three forms of s'(z) and of a
# central difference, against a long double reference (claim S2).
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "{/:Italic z}"
set ylabel "relative error of {/:Italic s}'({/:Italic z})"
set logscale y
set format y "10^{%L}"
set yrange [1e-18:1e3]
set ytics 1e-18, 1e3
set key top left maxrows 2 width -2
plot datadir."/prime_error.tsv" using "z":"central" \
         with points pt 2 ps 0.3 lt 4 \
         title "central difference", \
     "" using "z":"output" with points pt 4 ps 0.3 lt 2 \
         title "{/:Italic s}(1 - {/:Italic s})", \
     "" using "z":"textbook" with points pt 8 ps 0.3 lt 3 \
         title "e^{-{/:Italic z}} / (1 + e^{-{/:Italic z}})^2", \
     "" using "z":"library" with points pt 7 ps 0.25 lt 1 \
         title "library"
