/** Output: takes finished bytes and a path, gives a file written atomically. The only writer of files. */
package org.movecard.output;
