# function.gp - ReLU and its derivative (claim R1). The derivative jumps
# from 0 to 1 at z = 0, where it does not exist; the dot marks the value
# the code takes there.
eval figsize(5.5)
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
set key bottom right
set yrange [-0.2:1.2]
plot datadir."/function.tsv" using "z":"relu_prime" with lines lt 1 \
         notitle, \
     datadir."/convention.tsv" using "z":"relu_prime" with points \
         lt 7 pt 7 ps 0.6 title "relu'(0), as the code takes it"
unset multiplot
