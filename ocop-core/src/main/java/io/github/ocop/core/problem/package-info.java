/**
 * Invalid input and its problems (lỗi dữ liệu đầu vào): {@link io.github.ocop.core.problem.OcopInputException},
 * thrown by every engine and reader of the library, lists each {@link io.github.ocop.core.problem.Problem} with its
 * path, a stable code for programs and a text for people in Vietnamese or English.
 */
package io.github.ocop.core.problem;
