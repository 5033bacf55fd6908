@echo off
rem The ocop command-line tool: java -jar ocop.jar with a class-data-sharing archive of its classes (issue 18).
rem The archive (ocop.jsa, next to the jar) is written by "mvn package"; when it is missing, this run writes it
rem (JDK 17+). An archive that does not fit this JDK is ignored silently. "java -jar ocop.jar" works as ever.
rem   OCOP_JAR   the jar to run (default: ..\ocop-samples\target\ocop.jar next to this script)
rem   JAVA_HOME  the JDK to run it with (default: java on the PATH)
rem   JAVA_OPTS  more JVM options
setlocal
if "%OCOP_JAR%"=="" (set "JAR=%~dp0..\ocop-samples\target\ocop.jar") else (set "JAR=%OCOP_JAR%")
for %%F in ("%JAR%") do set "JAR=%%~fF"
if not exist "%JAR%" (
  echo ocop: %JAR% not found; build it first: mvn -q -B package -DskipTests 1>&2
  exit /b 2
)
set "JSA=%JAR:~0,-4%.jsa"
if "%JAVA_HOME%"=="" (set "JAVA=java") else (set "JAVA=%JAVA_HOME%\bin\java")
set "QUIET=-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
set "JIT=-XX:TieredStopAtLevel=1"
echo %* | findstr /c:"--jsonl" >nul && set "JIT="
if exist "%JSA%" (
  "%JAVA%" %QUIET% -XX:SharedArchiveFile="%JSA%" %JIT% -XX:+UseSerialGC %JAVA_OPTS% -jar "%JAR%" %*
) else (
  "%JAVA%" %QUIET% -XX:ArchiveClassesAtExit="%JSA%" %JIT% -XX:+UseSerialGC %JAVA_OPTS% -jar "%JAR%" %*
)
exit /b %ERRORLEVEL%
