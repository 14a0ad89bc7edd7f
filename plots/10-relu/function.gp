# function.gp - ReLU and its derivative (claim R1). The derivative jumps
# from 0 to 1 at z = 0, where it does not exist; the dot marks the value
# the code takes there. The legend sits top left, where the derivative
# is 0 far below it, clear of the dot at (0, 0).
# Text at 0.9 of the book's 11 pt: two panels share the width.
set terminal pdfcairo size 15.5cm,6cm fontscale 0.9
set output outfile
set multiplot layout 1,2
set xlabel "{/:Italic z}"
set xrange [-2:2]
set xtics 1
unset key
set yrange [-0.3:2.1]
set ytics 0.5
set title "relu({/:Italic z}) = max(0, {/:Italic z})"
plot datadir."/function.tsv" using "z":"relu" with lines lt 1 notitle
set title "relu'({/:Italic z})"
set key top left
set yrange [-0.2:1.45]
plot datadir."/function.tsv" using "z":"relu_prime" with lines lt 1 \
         title "relu'({/:Italic z})", \
     datadir."/convention.tsv" using "z":"relu_prime" with points \
         lt 7 pt 7 ps 0.8 title "relu'(0), as the code takes it"
unset multiplot
