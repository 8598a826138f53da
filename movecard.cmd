@echo off
rem Runs the movecard command line on Windows. Builds the jar first when it is missing, so a fresh
rem clone needs only a JDK: movecard handout
setlocal
chcp 65001 >nul
set "here=%~dp0"
set "jar=%here%target\movecard.jar"
set "java=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "java=%JAVA_HOME%\bin\java.exe"
if not exist "%jar%" (
  echo movecard: building the jar ^(first run^) ... 1>&2
  pushd "%here%"
  call mvnw.cmd -q -B -DskipTests package 1>&2
  popd
  if not exist "%jar%" exit /b 4
)
if not defined MOVECARD_MAX_HEAP set "MOVECARD_MAX_HEAP=512m"
rem Same short-run settings as the Unix launcher, without its class-data archive.
"%java%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m -Xmx%MOVECARD_MAX_HEAP% -Djava.awt.headless=true ^
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %MOVECARD_JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
