# prime_error.gp - the relative error of three forms of s'(z) and of a
# central difference, against a long double reference (claim S2).
set xlabel "{/:Italic z}"
set ylabel "relative error of {/:Italic s}'({/:Italic z})"
set logscale y
set format y "10^{%L}"
set yrange [1e-18:1e3]
set ytics 1e-18, 1e3
set key top left maxrows 2 width -2
plot datadir."/prime_error.tsv" using "z":"central" with points pt 7 ps 0.25 lt 4 \
         title "central difference", \
     "" using "z":"output" with points pt 7 ps 0.25 lt 2 \
         title "{/:Italic s}(1 - {/:Italic s})", \
     "" using "z":"textbook" with points pt 7 ps 0.25 lt 3 \
         title "e^{-{/:Italic z}} / (1 + e^{-{/:Italic z}})^2", \
     "" using "z":"library" with points pt 7 ps 0.25 lt 1 \
         title "library"
